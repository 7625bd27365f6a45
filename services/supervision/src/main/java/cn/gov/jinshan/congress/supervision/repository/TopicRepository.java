package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.query.TopicSearch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<SupervisionTopic, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<SupervisionTopic> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Locks the topic row for the rest of the transaction (serialises its transitions). */
  public Optional<SupervisionTopic> lockInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /**
   * Searches topics ordered by id (keyset), filtered by plan, status, kind, title substring
   * (Chinese works: trigram index), responsible department and participating deputy.
   */
  public List<SupervisionTopic> search(TopicSearch search, int limit) {
    List<String> where = new ArrayList<>(List.of("t.congressId = :congress"));
    Parameters params = Parameters.with("congress", search.congressId());
    if (search.planId() != null) {
      where.add("t.planId = :plan");
      params.and("plan", search.planId());
    }
    if (search.status() != null) {
      where.add("t.status = :status");
      params.and("status", search.status());
    } else {
      // a topic cancelled as planned by mistake is not part of its plan: listed only on request
      where.add("t.status <> :cancelled");
      params.and("cancelled", TopicStatus.CANCELLED);
    }
    if (search.kind() != null) {
      where.add("t.kind = :kind");
      params.and("kind", search.kind());
    }
    if (search.titleContains() != null) {
      where.add("lower(t.title) like :title escape '\\'");
      params.and("title", "%" + escapeLike(search.titleContains().toLowerCase()) + "%");
    }
    if (search.departmentId() != null) {
      where.add(":department member of t.departmentIds");
      params.and("department", search.departmentId());
    }
    if (search.deputyId() != null) {
      where.add(
          "(t.id in (select h.topicId from Hearing h join h.attendees a where a.deputyId ="
              + " :deputy) or t.id in (select v.topicId from Visit v join v.participants p"
              + " where p.participantId = :deputyText and p.kind = 'DEPUTY'))");
      params.and("deputy", search.deputyId()).and("deputyText", search.deputyId().toString());
    }
    if (search.afterId() != null) {
      where.add("t.id > :after");
      params.and("after", search.afterId());
    }
    return find(
            "from SupervisionTopic t where " + String.join(" and ", where) + " order by t.id",
            params)
        .page(0, limit)
        .list();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
