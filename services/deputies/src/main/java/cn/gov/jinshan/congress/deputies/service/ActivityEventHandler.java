package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns other services' events into activities on deputies' records. Each event has its effect
 * once: the inbox row and the activities commit together.
 */
@ApplicationScoped
public class ActivityEventHandler {
  static final String CONSUMER = "deputies.activities";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String SUBMITTED = EventTypes.typeOf(SuggestionSubmitted.class);
  private static final String ATTENDED = EventTypes.typeOf(AttendanceRecorded.class);
  private static final String VOTED = EventTypes.typeOf(BallotCast.class);

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(SUBMITTED, ATTENDED, VOTED);

  private final Inbox inbox;
  private final ActivityService activities;

  public ActivityEventHandler(Inbox inbox, ActivityService activities) {
    this.inbox = inbox;
    this.activities = activities;
  }

  /**
   * Applies the events of one poll in one transaction, in order: under load (a BallotCast for every
   * ballot) one commit for the batch instead of one per event. Nothing of the batch commits when
   * any event cannot be applied; the consumer then applies them one by one.
   *
   * @throws JsonProcessingException when a payload does not match its type
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public void applyAll(List<EventEnvelope> events) throws JsonProcessingException {
    for (EventEnvelope event : events) {
      applyInTransaction(event);
    }
  }

  /**
   * Applies one event. A payload that cannot be read rolls back the inbox row with the rest, so the
   * event is not taken as processed.
   *
   * @return false when the event was a redelivery or of a type that adds no activity
   * @throws JsonProcessingException when the payload does not match its type (goes to the DLQ)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    return applyInTransaction(event);
  }

  private boolean applyInTransaction(EventEnvelope event) throws JsonProcessingException {
    if (!TYPES.contains(event.type()) || !inbox.firstDelivery(CONSUMER, event.id(), event.type())) {
      return false;
    }
    String producer = event.source();
    if (SUBMITTED.equals(event.type())) {
      SuggestionSubmitted s =
          EventJson.mapper().treeToValue(event.data(), SuggestionSubmitted.class);
      LocalDate on = LocalDate.ofInstant(s.submittedAt(), CHINA);
      activities.recordFromEvent(
          s.congressId(),
          UUID.fromString(s.leadDeputyId()),
          ActivityKind.SUGGESTION_SUBMITTED,
          on,
          s.title(),
          event.id(),
          producer);
      for (String coSigner : s.coSignerDeputyIds()) {
        activities.recordFromEvent(
            s.congressId(),
            UUID.fromString(coSigner),
            ActivityKind.SUGGESTION_COSIGNED,
            on,
            s.title(),
            event.id(),
            producer);
      }
    } else if (ATTENDED.equals(event.type())) {
      AttendanceRecorded a = EventJson.mapper().treeToValue(event.data(), AttendanceRecorded.class);
      for (String deputy : a.presentDeputyIds()) {
        activities.recordFromEvent(
            a.congressId(),
            UUID.fromString(deputy),
            ActivityKind.HEARING_ATTENDANCE,
            a.meetingDate(),
            a.topicTitle(),
            event.id(),
            producer);
      }
    } else {
      BallotCast b = EventJson.mapper().treeToValue(event.data(), BallotCast.class);
      activities.recordFromEvent(
          b.congressId(),
          UUID.fromString(b.deputyId()),
          ActivityKind.VOTE_CAST,
          b.castOn(),
          "民心工程实事项目票决",
          event.id(),
          producer);
    }
    return true;
  }
}
