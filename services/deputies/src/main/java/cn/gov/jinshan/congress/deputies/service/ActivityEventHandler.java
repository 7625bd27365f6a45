package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.supervision.VisitRecorded;
import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectEvaluated;
import cn.gov.jinshan.congress.contracts.voting.VoterCheckedIn;
import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.deputies.repository.VotingRoundRepository;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns other services' events into activities on deputies' records: suggestions submitted and
 * co-signed (suggestions), hearing attendance and research or inspection visits (supervision),
 * attendance at the session's ballot, votes cast and year-end project ratings (voting). Each event
 * has its effect once: the inbox row and the activities commit together.
 */
@ApplicationScoped
public class ActivityEventHandler {
  static final String CONSUMER = "deputies.activities";
  private static final String SUBMITTED = EventTypes.typeOf(SuggestionSubmitted.class);
  private static final String ATTENDED = EventTypes.typeOf(AttendanceRecorded.class);
  private static final String VISITED = EventTypes.typeOf(VisitRecorded.class);
  private static final String OPENED = EventTypes.typeOf(BallotOpened.class);
  private static final String CHECKED_IN = EventTypes.typeOf(VoterCheckedIn.class);
  private static final String VOTED = EventTypes.typeOf(BallotCast.class);
  private static final String EVALUATED = EventTypes.typeOf(ProjectEvaluated.class);
  private static final String LIVELIHOOD = "民心工程实事项目";

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(SUBMITTED, ATTENDED, VISITED, OPENED, CHECKED_IN, VOTED, EVALUATED);

  private final Inbox inbox;
  private final ActivityService activities;
  private final VotingRoundRepository rounds;
  private final PastEvents pastEvents;
  private final Clock clock;

  public ActivityEventHandler(
      Inbox inbox,
      ActivityService activities,
      VotingRoundRepository rounds,
      PastEvents pastEvents,
      Clock clock) {
    this.inbox = inbox;
    this.activities = activities;
    this.rounds = rounds;
    this.pastEvents = pastEvents;
    this.clock = clock;
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
    String type = event.type();
    if (SUBMITTED.equals(type)) {
      submitted(event);
    } else if (ATTENDED.equals(type)) {
      AttendanceRecorded a = read(event, AttendanceRecorded.class);
      for (String deputy : a.presentDeputyIds()) {
        record(
            event,
            a.congressId(),
            deputy,
            ActivityKind.HEARING_ATTENDANCE,
            a.meetingDate(),
            a.topicTitle());
      }
    } else if (VISITED.equals(type)) {
      VisitRecorded v = read(event, VisitRecorded.class);
      ActivityKind kind =
          "INSPECTION".equals(v.kind()) ? ActivityKind.INSPECTION : ActivityKind.RESEARCH;
      String title = v.topicTitle() + "（" + v.place() + "）";
      for (String deputy : v.deputyIds()) {
        record(event, v.congressId(), deputy, kind, v.visitedOn(), title);
      }
    } else if (OPENED.equals(type)) {
      // no activity: the round's year names the votes and ratings that follow
      BallotOpened o = read(event, BallotOpened.class);
      rounds.remember(UUID.fromString(o.roundId()), o.congressId(), o.year(), clock.instant());
    } else if (CHECKED_IN.equals(type)) {
      // checking in at the session is the deputy's attendance (出席) of it
      VoterCheckedIn c = read(event, VoterCheckedIn.class);
      LocalDate on = LocalDate.ofInstant(c.checkedInAt(), pastEvents.zone());
      record(
          event,
          c.congressId(),
          c.deputyId(),
          ActivityKind.SESSION_ATTENDANCE,
          on,
          round(c.congressId(), c.roundId(), on) + "年" + LIVELIHOOD + "票决会议");
    } else if (VOTED.equals(type)) {
      BallotCast b = read(event, BallotCast.class);
      record(
          event,
          b.congressId(),
          b.deputyId(),
          ActivityKind.VOTE_CAST,
          b.castOn(),
          round(b.congressId(), b.roundId(), b.castOn()) + "年" + LIVELIHOOD + "票决");
    } else {
      ProjectEvaluated p = read(event, ProjectEvaluated.class);
      record(
          event,
          p.congressId(),
          p.deputyId(),
          ActivityKind.PROJECT_EVALUATED,
          p.evaluatedOn(),
          round(p.congressId(), p.roundId(), p.evaluatedOn()) + "年" + LIVELIHOOD + "满意度测评");
    }
    return true;
  }

  private void submitted(EventEnvelope event) throws JsonProcessingException {
    SuggestionSubmitted s = read(event, SuggestionSubmitted.class);
    LocalDate on = LocalDate.ofInstant(s.submittedAt(), pastEvents.zone());
    record(
        event, s.congressId(), s.leadDeputyId(), ActivityKind.SUGGESTION_SUBMITTED, on, s.title());
    for (String coSigner : s.coSignerDeputyIds()) {
      record(event, s.congressId(), coSigner, ActivityKind.SUGGESTION_COSIGNED, on, s.title());
    }
  }

  /**
   * The year the round is named after. Its BallotOpened comes first on the round's partition; a
   * round opened before this copy existed falls back to the year of the day itself.
   */
  private int round(String congressId, String roundId, LocalDate on) {
    return rounds.year(congressId, UUID.fromString(roundId)).orElse(on.getYear());
  }

  private void record(
      EventEnvelope event,
      String congressId,
      String deputyId,
      ActivityKind kind,
      LocalDate on,
      String title) {
    activities.recordFromEvent(
        congressId, UUID.fromString(deputyId), kind, on, title, event.id(), event.source());
  }

  private static <T> T read(EventEnvelope event, Class<T> type) throws JsonProcessingException {
    return EventJson.mapper().treeToValue(event.data(), type);
  }
}
