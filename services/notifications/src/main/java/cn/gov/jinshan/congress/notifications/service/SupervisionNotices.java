package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.service.EventReading.date;
import static cn.gov.jinshan.congress.notifications.service.EventReading.departments;
import static cn.gov.jinshan.congress.notifications.service.EventReading.facts;
import static cn.gov.jinshan.congress.notifications.service.EventReading.list;
import static cn.gov.jinshan.congress.notifications.service.EventReading.read;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationOverdue;
import cn.gov.jinshan.congress.contracts.supervision.RectificationReported;
import cn.gov.jinshan.congress.contracts.supervision.TopicCancelled;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.notifications.repository.ItemCopyRepository;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The events of congress.supervision.v1 that people must learn of: a hearing scheduled (the
 * committee members are asked to attend, the departments under supervision to report), deliberation
 * opinions issued with a rectification deadline (reminded a week and a day before, to the
 * departments that have not reported), and a rectification overdue. A topic's copy keeps its title,
 * its departments (as co-handling departments) and its planned meeting date (as due date). Once per
 * event (the {@link Inbox}).
 */
@ApplicationScoped
public class SupervisionNotices {
  static final String PLANNED = EventTypes.typeOf(TopicPlanned.class);
  static final String CANCELLED = EventTypes.typeOf(TopicCancelled.class);
  static final String STATUS = EventTypes.typeOf(TopicStatusChanged.class);
  static final String OPINION = EventTypes.typeOf(OpinionIssued.class);
  static final String OVERDUE = EventTypes.typeOf(RectificationOverdue.class);
  static final String REPORTED = EventTypes.typeOf(RectificationReported.class);

  /** The event types applied (the channel's {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(PLANNED, CANCELLED, STATUS, OPINION, OVERDUE, REPORTED);

  private static final String HEARING = "HEARING";
  private static final String CLOSED = "CLOSED";
  private static final String ATTENDANCE = "HEARING_ATTENDANCE_REQUESTED";

  private final Inbox inbox;
  private final ItemCopyRepository items;
  private final Notifier notifier;
  private final ReminderSchedule reminders;

  public SupervisionNotices(
      Inbox inbox, ItemCopyRepository items, Notifier notifier, ReminderSchedule reminders) {
    this.inbox = inbox;
    this.items = items;
    this.notifier = notifier;
    this.reminders = reminders;
  }

  /**
   * Applies one event of congress.supervision.v1.
   *
   * @return false for a redelivery or a type not applied here
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    if (!TYPES.contains(type)
        || !inbox.firstDelivery(SuggestionNotices.CONSUMER, event.id(), type)) {
      return false;
    }
    Instant at = event.time() == null ? Instant.now() : event.time();
    if (PLANNED.equals(type)) {
      TopicPlanned e = read(event, TopicPlanned.class);
      items.merge(
          new ItemChange(e.topicId(), e.congressId(), "TOPIC")
              .title(e.title())
              .coHandlers(e.departmentIds())
              .dueOn(e.plannedMeetingDate())
              .state("PLANNED")
              .build(),
          at);
    } else if (CANCELLED.equals(type)) {
      TopicCancelled e = read(event, TopicCancelled.class);
      items.merge(
          new ItemChange(e.topicId(), e.congressId(), "TOPIC")
              .title(e.title())
              .state("CANCELLED")
              .build(),
          at);
      reminders.topicEnded(e.topicId());
    } else if (STATUS.equals(type)) {
      TopicStatusChanged e = read(event, TopicStatusChanged.class);
      items.merge(
          new ItemChange(e.topicId(), e.congressId(), "TOPIC").state(e.toStatus()).build(), at);
      if (HEARING.equals(e.toStatus())) {
        hearingScheduled(event, e);
      } else if (CLOSED.equals(e.toStatus())) {
        reminders.topicEnded(e.topicId());
      }
    } else if (OPINION.equals(type)) {
      OpinionIssued e = read(event, OpinionIssued.class);
      notifier.announce(
          new Announcement(
              event.id(),
              "RECTIFICATION_REQUESTED",
              e.congressId(),
              e.topicId(),
              facts(
                  "issuedOn",
                  date(e.issuedOn()),
                  "rectificationDeadline",
                  date(e.rectificationDeadline())),
              departments(e.departmentIds())));
      reminders.rectificationDueOn(
          e.congressId(), e.topicId(), e.rectificationDeadline(), list(e.departmentIds()));
    } else if (REPORTED.equals(type)) {
      RectificationReported e = read(event, RectificationReported.class);
      reminders.rectificationReported(e.topicId(), e.rectificationDeadline(), e.departmentId());
    } else {
      RectificationOverdue e = read(event, RectificationOverdue.class);
      notifier.announce(
          new Announcement(
              event.id(),
              "RECTIFICATION_OVERDUE",
              e.congressId(),
              e.topicId(),
              facts("rectificationDeadline", date(e.rectificationDeadline())),
              departments(e.departmentIds())));
    }
    return true;
  }

  /**
   * Two kinds from one event: the committee members are asked to attend (with the meeting date the
   * plan gave), the departments to prepare their report. Each kind has its own source id, derived
   * from the event's, so that a person told of both keeps both and a redelivery adds neither.
   */
  private void hearingScheduled(EventEnvelope event, TopicStatusChanged e) {
    String round = Integer.toString(e.hearingRound());
    String meetingDate = items.find(e.topicId()).map(c -> date(c.dueOn())).orElse(null);
    notifier.announce(
        new Announcement(
            event.id() + "/" + ATTENDANCE,
            ATTENDANCE,
            e.congressId(),
            e.topicId(),
            facts("round", round, "meetingDate", meetingDate),
            List.of()));
    notifier.announce(
        new Announcement(
            event.id(),
            "HEARING_SCHEDULED",
            e.congressId(),
            e.topicId(),
            facts("round", round),
            List.of()));
  }
}
