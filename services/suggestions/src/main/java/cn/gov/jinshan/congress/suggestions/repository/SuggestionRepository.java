package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.ItemDates;
import cn.gov.jinshan.congress.suggestions.query.SuggestionSearch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, UUID> {

  /** An item of the given congress; another congress's item is as good as absent. */
  public Optional<Suggestion> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Locks the item for a transition (registration numbering, racing department work). */
  public Optional<Suggestion> lockInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId)
        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  public List<Suggestion> mergedInto(UUID targetId) {
    return list("mergedIntoId = ?1 order by createdAt", targetId);
  }

  /**
   * The next registration sequence of a congress, term and session: the counter row is created once
   * and then locked FOR UPDATE until the registering transaction ends, so concurrent registrations
   * queue and a rolled-back one gives its number back (no gaps, no duplicates).
   */
  public int nextSequence(String congressId, int term, int session) {
    var em = getEntityManager();
    em.createNativeQuery(
            "INSERT INTO registration_counter (congress_id, term, session, last_value)"
                + " VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING")
        .setParameter(1, congressId)
        .setParameter(2, term)
        .setParameter(3, session)
        .executeUpdate();
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM registration_counter"
                        + " WHERE congress_id = ?1 AND term = ?2 AND session = ?3 FOR UPDATE")
                .setParameter(1, congressId)
                .setParameter(2, term)
                .setParameter(3, session)
                .getSingleResult();
    int next = last.intValue() + 1;
    em.createNativeQuery(
            "UPDATE registration_counter SET last_value = ?4"
                + " WHERE congress_id = ?1 AND term = ?2 AND session = ?3")
        .setParameter(1, congressId)
        .setParameter(2, term)
        .setParameter(3, session)
        .setParameter(4, next)
        .executeUpdate();
    return next;
  }

  /**
   * Lists what the caller may see, filtered, in the search's order, after its cursor when given. A
   * sort read as two keysets continues into the second when the first runs out within the page.
   */
  public List<Suggestion> search(SuggestionSearch s, int limit) {
    CustomPlans.forTransaction(getEntityManager());
    Map<String, Object> params = new HashMap<>();
    List<String> where = filters(s, params);
    List<ItemKeysets.KeyRange> keysets = ItemKeysets.of(s.sort());
    int first = 0;
    if (s.after() != null) {
      while (first < keysets.size() - 1 && !keysets.get(first).holds().test(s.after())) {
        first++;
      }
    }
    List<Suggestion> rows = new ArrayList<>();
    for (int i = first; i < keysets.size() && rows.size() < limit; i++) {
      rows.addAll(
          read(where, params, keysets.get(i), i == first ? s.after() : null, limit - rows.size()));
    }
    return rows;
  }

  private List<Suggestion> read(
      List<String> filters,
      Map<String, Object> filterParams,
      ItemKeysets.KeyRange keyset,
      ItemCursor after,
      int limit) {
    List<String> where = new ArrayList<>(filters);
    Map<String, Object> params = new HashMap<>(filterParams);
    if (keyset.covers() != null) {
      where.add(keyset.covers());
    }
    if (after != null) {
      where.add(keyset.after());
      params.putAll(keyset.keys().apply(after));
    }
    return find(
            "from Suggestion s where "
                + String.join(" and ", where)
                + " order by "
                + keyset.orderBy(),
            params)
        .page(0, limit)
        .list();
  }

  /** The conditions of the search's filters and visibility; their parameters go to {@code p}. */
  private static List<String> filters(SuggestionSearch s, Map<String, Object> p) {
    List<String> where = new ArrayList<>(List.of("s.congressId = :congress"));
    p.put("congress", s.congressId());
    if (s.visibleToDeputy() != null) {
      // The deputy's own ids first (a few hundred at most), then only those rows are sorted: with
      // "lead = me OR EXISTS co-signer" PostgreSQL walks the congress in the sort's index order and
      // filters, which in the deadline or number order can pass most of 100,000 items.
      where.add(
          "s.id in (select x.id from Suggestion x where x.congressId = :congress"
              + " and x.leadDeputyId = :me union all select c.suggestionId from CoSigner c"
              + " where c.congressId = :congress and c.deputyId = :me and c.status <> :declined)");
      p.put("me", s.visibleToDeputy());
      p.put("declined", cn.gov.jinshan.congress.suggestions.domain.CoSignerStatus.DECLINED);
    }
    if (s.visibleToDepartment() != null) {
      // with the congress, the department's tasks come from handling_task_by_department: a small
      // department's list reads its few items instead of walking the congress in the sort order
      where.add(
          "exists (select 1 from HandlingTask t where t.suggestionId = s.id"
              + " and t.congressId = :congress and t.departmentId = :myDept"
              + " and t.state in :activeTasks)");
      p.put("myDept", s.visibleToDepartment());
      p.put(
          "activeTasks",
          List.of(
              cn.gov.jinshan.congress.suggestions.domain.TaskState.ASSIGNED,
              cn.gov.jinshan.congress.suggestions.domain.TaskState.SIGNED,
              cn.gov.jinshan.congress.suggestions.domain.TaskState.OPINION_GIVEN));
    }
    if (s.state() != null) {
      where.add("s.state = :state");
      p.put("state", s.state());
    }
    if (s.kind() != null) {
      where.add("s.kind = :kind");
      p.put("kind", s.kind());
    }
    if (s.category() != null) {
      where.add("s.category = :category");
      p.put("category", s.category());
    }
    if (s.departmentId() != null) {
      where.add(
          "exists (select 1 from HandlingTask t2 where t2.suggestionId = s.id"
              + " and t2.congressId = :congress and t2.departmentId = :dept)");
      p.put("dept", s.departmentId());
    }
    if (s.delegationId() != null) {
      where.add(
          "exists (select 1 from DeputyCopy d where d.id = s.leadDeputyId"
              + " and d.delegationId = :delegation)");
      p.put("delegation", s.delegationId());
    }
    if (s.term() != null) {
      where.add("s.term = :term");
      p.put("term", s.term());
    }
    if (s.session() != null) {
      where.add("s.session = :session");
      p.put("session", s.session());
    }
    if (s.overdue() != null) {
      String overdue = "(s.state in :handling and s.dueOn < :today)";
      where.add(s.overdue() ? overdue : "not " + overdue);
      p.put("handling", SuggestionState.HANDLING);
      p.put("today", s.today());
    }
    if (s.keySupervised() != null) {
      where.add("s.keySupervised = :key");
      p.put("key", s.keySupervised());
    }
    dateFilters(s.dates(), where, p);
    if (s.replyClass() != null) {
      // the class of the latest reply, as the statistics count it
      where.add(
          "exists (select 1 from Reply r where r.suggestionId = s.id and r.replyClass = :replyClass"
              + " and r.round = (select max(r2.round) from Reply r2 where r2.suggestionId = s.id))");
      p.put("replyClass", s.replyClass());
    }
    if (s.evaluation() != null) {
      where.add("s.finalEvaluation = :evaluation");
      p.put("evaluation", s.evaluation());
    }
    if (s.text() != null && isBigram(s.text())) {
      // Trigrams cannot answer two characters: the bigram index of V8 does, exactly.
      where.add("function('text_array_contains', column(s.search_bigrams), :bigram) = true");
      p.put("bigram", s.text());
    } else if (s.text() != null) {
      where.add("(s.title like :text escape '\\' or s.content like :text escape '\\')");
      p.put("text", "%" + escapeLike(s.text()) + "%");
    }
    return where;
  }

  private static void dateFilters(ItemDates d, List<String> where, Map<String, Object> p) {
    if (d == null) {
      return;
    }
    Instant since = d.submittedSince();
    Instant before = d.submittedBefore();
    if (since != null || before != null) {
      where.add("s.submittedAt is not null");
    }
    if (since != null) {
      where.add("s.submittedAt >= :submittedSince");
      p.put("submittedSince", since);
    }
    if (before != null) {
      where.add("s.submittedAt < :submittedBefore");
      p.put("submittedBefore", before);
    }
    if (d.registeredFrom() != null) {
      where.add("s.registeredOn >= :registeredFrom");
      p.put("registeredFrom", d.registeredFrom());
    }
    if (d.registeredTo() != null) {
      where.add("s.registeredOn <= :registeredTo");
      p.put("registeredTo", d.registeredTo());
    }
    if (d.repliedFrom() != null || d.repliedTo() != null) {
      StringBuilder reply =
          new StringBuilder(
              "exists (select 1 from Reply rd where rd.suggestionId = s.id"
                  + " and rd.congressId = :congress");
      if (d.repliedFrom() != null) {
        reply.append(" and rd.repliedOn >= :repliedFrom");
        p.put("repliedFrom", d.repliedFrom());
      }
      if (d.repliedTo() != null) {
        reply.append(" and rd.repliedOn <= :repliedTo");
        p.put("repliedTo", d.repliedTo());
      }
      where.add(reply.append(")").toString());
    }
  }

  /** Two characters (code points, as PostgreSQL counts them), neither a line break. */
  static boolean isBigram(String text) {
    return text.codePointCount(0, text.length()) == 2 && text.indexOf('\n') < 0;
  }

  /** Closed items whose final reply may be published, newest first. */
  public List<Suggestion> published(
      String congressId, Instant afterClosed, UUID afterId, int limit) {
    return published(congressId, null, afterClosed, afterId, limit);
  }

  /** One published item, if it is one. */
  public Optional<Suggestion> publishedOne(String congressId, UUID id) {
    return published(congressId, id, null, null, 1).stream().findFirst();
  }

  private List<Suggestion> published(
      String congressId, UUID only, Instant afterClosed, UUID afterId, int limit) {
    String where =
        "s.congressId = :congress and s.state = :closed and exists (select 1 from Reply r"
            + " where r.suggestionId = s.id and r.publishable = true and r.round ="
            + " (select max(r2.round) from Reply r2 where r2.suggestionId = s.id))";
    Parameters p = Parameters.with("congress", congressId).and("closed", SuggestionState.CLOSED);
    if (only != null) {
      where += " and s.id = :only";
      p.and("only", only);
    }
    if (afterClosed != null) {
      where += " and (s.closedAt < :ac or (s.closedAt = :ac and s.id < :aid))";
      p.and("ac", afterClosed).and("aid", afterId);
    }
    return find("from Suggestion s where " + where + " order by s.closedAt desc, s.id desc", p)
        .page(0, limit)
        .list();
  }

  /**
   * Items whose handling deadline is on or before {@code until}, across congresses, that have no
   * notice yet for the threshold they reach on {@code date} (OVERDUE after the deadline, DUE_SOON
   * before): a scan works through them in batches without meeting the same ones again.
   */
  @SuppressWarnings("unchecked")
  public List<Suggestion> dueWithoutNotice(LocalDate until, LocalDate date, int limit) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT s.* FROM suggestion s WHERE s.state IN ('ASSIGNED', 'IN_PROGRESS',"
                + " 'REHANDLING') AND s.due_on <= ?1 AND NOT EXISTS (SELECT 1 FROM overdue_notice"
                + " n WHERE n.suggestion_id = s.id AND n.due_on = s.due_on AND n.threshold ="
                + " CASE WHEN ?2 > s.due_on THEN 'OVERDUE' ELSE 'DUE_SOON' END)"
                + " ORDER BY s.due_on, s.id LIMIT ?3",
            Suggestion.class)
        .setParameter(1, until)
        .setParameter(2, date)
        .setParameter(3, limit)
        .getResultList();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
