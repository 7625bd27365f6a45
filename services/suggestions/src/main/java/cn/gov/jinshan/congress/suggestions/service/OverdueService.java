package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Flags handling deadlines 7 days ahead (DUE_SOON) and past (OVERDUE). A notice row per item,
 * deadline and threshold makes each event go out once, however often the scan runs; a new deadline
 * (extension, re-handling) is flagged afresh.
 */
@ApplicationScoped
public class OverdueService {
  static final String ACTOR = "suggestions-overdue-scheduler";
  private static final int BATCH = 500;

  private final SuggestionRepository suggestions;
  private final EntityManager entityManager;
  private final OutboxWriter outbox;
  private final Today today;
  private final SuggestionsConfig config;

  public OverdueService(
      SuggestionRepository suggestions,
      EntityManager entityManager,
      OutboxWriter outbox,
      Today today,
      SuggestionsConfig config) {
    this.suggestions = suggestions;
    this.entityManager = entityManager;
    this.outbox = outbox;
    this.today = today;
    this.config = config;
  }

  @Scheduled(
      cron = "${suggestions.overdue.cron:0 0 1 * * ?}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    scan(today.date());
  }

  /**
   * Scans all congresses for deadlines due by {@code date} + the warning days.
   *
   * @return how many events were emitted
   */
  @Transactional
  public int scan(LocalDate date) {
    LocalDate warnFrom = date.plusDays(config.deadlines().dueSoonDays());
    int emitted = 0;
    List<Suggestion> due;
    do {
      due = suggestions.dueWithoutNotice(warnFrom, date, BATCH);
      emitted += flag(due, date);
    } while (due.size() == BATCH);
    return emitted;
  }

  private int flag(List<Suggestion> due, LocalDate date) {
    int emitted = 0;
    for (Suggestion s : due) {
      String threshold = date.isAfter(s.dueOn()) ? "OVERDUE" : "DUE_SOON";
      int inserted =
          entityManager
              .createNativeQuery(
                  "INSERT INTO overdue_notice (suggestion_id, threshold, due_on, congress_id,"
                      + " detected_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
              .setParameter(1, s.id())
              .setParameter(2, threshold)
              .setParameter(3, s.dueOn())
              .setParameter(4, s.congressId())
              .setParameter(5, today.now())
              .executeUpdate();
      if (inserted == 1) {
        outbox.append(SuggestionEvents.overdue(s, threshold, today.now()), ACTOR);
        emitted++;
      }
    }
    return emitted;
  }
}
