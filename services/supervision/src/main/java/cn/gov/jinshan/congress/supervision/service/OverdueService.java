package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.repository.OpinionRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Flags rectification reports missing after their deadline, once each, across all congresses (a
 * system job: the one query not scoped by congress, served by a partial index on the deadline).
 * Rows are locked with SKIP LOCKED so that two instances never flag the same opinion twice.
 */
@ApplicationScoped
public class OverdueService {
  static final String ACTOR = "supervision-scheduler";
  private static final int BATCH = 200;

  private final OpinionRepository opinions;
  private final TopicRepository topics;
  private final TopicEvents events;
  private final PastEvents pastEvents;
  private final Clock clock;

  public OverdueService(
      OpinionRepository opinions,
      TopicRepository topics,
      TopicEvents events,
      PastEvents pastEvents,
      Clock clock) {
    this.pastEvents = pastEvents;
    this.opinions = opinions;
    this.topics = topics;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(
      every = "${supervision.overdue.every:1h}",
      delayed = "${supervision.overdue.delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    flagOverdue();
  }

  /** Flags what is overdue now; returns how many opinions were flagged. */
  @Transactional
  public int flagOverdue() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, pastEvents.zone());
    List<Opinion> due =
        opinions
            .find(
                "rectifiedAt is null and overdueFlaggedAt is null and rectificationDeadline < ?1"
                    + " order by rectificationDeadline, id",
                today)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
            .page(0, BATCH)
            .list();
    int flagged = 0;
    for (Opinion opinion : due) {
      if (!opinion.flagOverdue(today, now)) {
        continue;
      }
      SupervisionTopic topic = topics.findById(opinion.topicId());
      events.rectificationOverdue(topic, opinion, ACTOR);
      flagged++;
    }
    return flagged;
  }
}
