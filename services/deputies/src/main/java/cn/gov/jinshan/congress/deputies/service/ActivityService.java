package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.config.PerformanceConfig;
import cn.gov.jinshan.congress.deputies.domain.Activity;
import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.repository.ActivityRepository;
import cn.gov.jinshan.congress.deputies.repository.DeputyRepository;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Activities on deputies' records and the yearly performance record built from them. */
@ApplicationScoped
public class ActivityService {
  private static final Logger LOG = Logger.getLogger(ActivityService.class);

  private final DeputyService deputyService;
  private final DeputyRepository deputies;
  private final ActivityRepository activities;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final PerformanceConfig performance;
  private final PastEvents pastEvents;
  private final Clock clock;

  public ActivityService(
      DeputyService deputyService,
      DeputyRepository deputies,
      ActivityRepository activities,
      OutboxWriter outbox,
      CurrentUser user,
      PerformanceConfig performance,
      PastEvents pastEvents,
      Clock clock) {
    this.deputyService = deputyService;
    this.deputies = deputies;
    this.activities = activities;
    this.outbox = outbox;
    this.user = user;
    this.performance = performance;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  /**
   * Records an activity by hand. Staff may record any kind; a deputy only their own, and only the
   * kinds they can report themselves (inspection, research, training, station duty, actions).
   */
  @Transactional
  public Recorded record(UUID deputyId, RecordActivity command) {
    Deputy deputy = deputyService.writable(deputyId);
    boolean staff = user.hasAnyRole(Roles.STAFF, Roles.ADMIN);
    if (!staff && !command.kind().selfReportable()) {
      throw ProblemException.forbidden(
          "activity.not-self-reportable", command.kind(), command.kind().label());
    }
    pastEvents.requireNotFuture("occurredOn", command.occurredOn());
    Activity activity =
        Activity.manual(
            deputy,
            command.kind(),
            command.occurredOn(),
            command.title(),
            user.subject(),
            clock.instant());
    activities.persist(activity);
    outbox.append(DeputyEvents.activityRecorded(activity), user.subject());
    return new Recorded(deputy, activity);
  }

  /** An activity with the deputy whose record it is on (the answer carries the deputy's ETag). */
  public record Recorded(Deputy deputy, Activity activity) {}

  /** Records an activity that follows from another use case of this service (e.g. a contact). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Activity recordFollowing(
      Deputy deputy, ActivityKind kind, LocalDate occurredOn, String title) {
    Activity activity =
        Activity.manual(deputy, kind, occurredOn, title, user.subject(), clock.instant());
    activities.persist(activity);
    outbox.append(DeputyEvents.activityRecorded(activity), user.subject());
    return activity;
  }

  /**
   * Records an activity reported by another service's event, for a deputy of the event's congress.
   * Unknown deputies are skipped (they may sit in a congress this service does not hold): logged,
   * not an error. The caller has checked the inbox, so this runs once per event.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFromEvent(
      String congressId,
      UUID deputyId,
      ActivityKind kind,
      LocalDate occurredOn,
      String title,
      String eventId,
      String producer) {
    Deputy deputy = deputies.findInCongress(congressId, deputyId).orElse(null);
    if (deputy == null) {
      LOG.warnf("event %s names unknown deputy %s of %s; skipped", eventId, deputyId, congressId);
      return;
    }
    Activity activity =
        Activity.fromEvent(deputy, kind, occurredOn, title, eventId, producer, clock.instant());
    activities.persist(activity);
    outbox.append(DeputyEvents.activityRecorded(activity), producer);
  }

  @Transactional
  public List<Activity> page(UUID deputyId, LocalDate afterDate, UUID afterId, int limit) {
    Deputy deputy = deputyService.readable(deputyId);
    return activities.page(deputy.congressId(), deputy.id(), afterDate, afterId, limit);
  }

  @Transactional
  public PerformanceRecord performanceRecord(UUID deputyId, int year) {
    Deputy deputy = deputyService.readable(deputyId);
    List<PerformanceRecord> others =
        deputyService.memberships(deputyId).stream()
            .filter(m -> !m.id().equals(deputy.id()))
            .map(m -> membershipRecord(m, year, List.of()))
            .toList();
    return membershipRecord(deputy, year, others);
  }

  private PerformanceRecord membershipRecord(
      Deputy deputy, int year, List<PerformanceRecord> otherMemberships) {
    Map<ActivityKind, Long> counts =
        activities.countByKind(
            deputy.congressId(), deputy.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    Map<ActivityKind, Long> all = new EnumMap<>(ActivityKind.class);
    long score = 0;
    for (ActivityKind kind : ActivityKind.values()) {
      long count = counts.getOrDefault(kind, 0L);
      all.put(kind, count);
      score += count * performance.weights().getOrDefault(kind, 0);
    }
    return new PerformanceRecord(
        deputy.id(), deputy.congressId(), year, all, score, otherMemberships);
  }
}
