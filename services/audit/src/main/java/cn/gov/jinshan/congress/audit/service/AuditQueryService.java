package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import cn.gov.jinshan.congress.audit.domain.LedgerEntry;
import cn.gov.jinshan.congress.audit.repository.LedgerRepository;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads of the ledger for auditors: filtered pages, one entry, an aggregate's history, counts. */
@ApplicationScoped
public class AuditQueryService {
  /** Aggregate types a caller may name, and the context (topic) their events come from. */
  private static final Map<String, String> AGGREGATE_CONTEXTS =
      Map.ofEntries(
          Map.entry("deputy", "deputies"),
          Map.entry("congress", "deputies"),
          Map.entry("delegation", "deputies"),
          Map.entry("station", "deputies"),
          Map.entry("suggestion", "suggestions"),
          Map.entry("motion", "suggestions"),
          Map.entry("topic", "supervision"),
          Map.entry("appointee", "supervision"),
          Map.entry("ballot", "voting"),
          Map.entry("candidate", "voting"),
          Map.entry("project", "voting"),
          Map.entry("request", "gateway"));

  private final LedgerRepository entries;
  private final EntityManager entityManager;
  private final AuditConfig config;
  private final PlatformZone platformZone;

  public AuditQueryService(
      LedgerRepository entries,
      EntityManager entityManager,
      AuditConfig config,
      PlatformZone platformZone) {
    this.platformZone = platformZone;
    this.entries = entries;
    this.entityManager = entityManager;
    this.config = config;
  }

  /** A page of entries, newest first unless {@code ascending}, after the keyset {@code after}. */
  @Transactional
  public List<LedgerEntry> page(EntryFilter filter, boolean ascending, Long after, int fetch) {
    String where = filter.where();
    Parameters params = filter.parameters();
    if (after != null) {
      where += ascending ? " and seq > :after" : " and seq < :after";
      params.and("after", after);
    }
    return entries.page(where, params, ascending, fetch);
  }

  /** One entry of the caller's congress. */
  @Transactional
  public LedgerEntry get(String congressId, long seq) {
    return entries
        .bySeq(seq)
        .filter(e -> e.congressId().equals(congressId))
        .orElseThrow(
            () ->
                new ProblemException(ProblemKind.NOT_FOUND, "entry.not-found", Long.toString(seq)));
  }

  /**
   * Everything that happened to one aggregate, in ledger order.
   *
   * @param type the producing context ({@code suggestions}) or an aggregate name ({@code
   *     suggestion})
   */
  @Transactional
  public List<LedgerEntry> history(
      String congressId, String type, String id, Long after, int fetch) {
    String context = contextOf(type);
    EntryFilter filter =
        new EntryFilter(
            congressId, null, null, id, null, null, "congress." + context + ".v1", null, null);
    return page(filter, true, after, fetch);
  }

  /** Entries of the filter with {@code after < seq <= upTo}, in order (for a stream replay). */
  @Transactional
  public List<AppendedEntry> after(EntryFilter filter, long after, long upTo, int limit) {
    Parameters params = filter.parameters().and("after", after).and("upTo", upTo);
    return entries
        .page(filter.where() + " and seq > :after and seq <= :upTo", params, true, limit)
        .stream()
        .map(AuditQueryService::appended)
        .toList();
  }

  /** Entries per event type and calendar day (in the platform's zone) of [from, to]. */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<DailyCount> statistics(String congressId, LocalDate from, LocalDate to) {
    if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= config.statistics().maxDays()) {
      throw ProblemException.badRequest("statistics.range", config.statistics().maxDays());
    }
    ZoneId zone = platformZone.id();
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT CAST(timezone(?1, event_time) AS date) AS day, event_type, count(*)"
                    + " FROM audit_entry WHERE congress_id = ?2"
                    + " AND event_time >= ?3 AND event_time < ?4"
                    + " GROUP BY 1, 2 ORDER BY 1, 2")
            .setParameter(1, zone.getId())
            .setParameter(2, congressId)
            .setParameter(3, from.atStartOfDay(zone).toInstant())
            .setParameter(4, to.plusDays(1).atStartOfDay(zone).toInstant())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DailyCount(
                    r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue()))
        .toList();
  }

  static String contextOf(String type) {
    String key = type.toLowerCase(Locale.ROOT);
    if (AGGREGATE_CONTEXTS.containsValue(key)) {
      return key;
    }
    String context = AGGREGATE_CONTEXTS.get(key);
    if (context == null) {
      throw new ProblemException(ProblemKind.NOT_FOUND, "aggregate-type.not-found", type);
    }
    return context;
  }

  /** The entry as the stream sends it. */
  public static AppendedEntry appended(LedgerEntry e) {
    return new AppendedEntry(e.content(), e.hash(), data(e.payload()));
  }

  /** The envelope's data of a stored entry, or null. */
  public static JsonNode data(String payload) {
    if (payload == null) {
      return null;
    }
    try {
      return EventJson.mapper().readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored payload is not JSON", e);
    }
  }
}
