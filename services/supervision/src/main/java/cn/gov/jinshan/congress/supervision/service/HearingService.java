package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Attachment;
import cn.gov.jinshan.congress.supervision.domain.Attendee;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.HearingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 听: a topic's hearings: scheduling a round, the responsible department's report, and the
 * attendance that says the hearing was held.
 */
@ApplicationScoped
public class HearingService {
  private final Topics topics;
  private final HearingRepository hearings;
  private final Access access;
  private final CommitteeMemberService members;
  private final PastEvents pastEvents;
  private final TopicEvents events;
  private final Clock clock;

  public HearingService(
      Topics topics,
      HearingRepository hearings,
      Access access,
      CommitteeMemberService members,
      PastEvents pastEvents,
      TopicEvents events,
      Clock clock) {
    this.topics = topics;
    this.hearings = hearings;
    this.access = access;
    this.members = members;
    this.pastEvents = pastEvents;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public TopicStep<Hearing> scheduleHearing(UUID id, ScheduleHearing command, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    LocalDate previous =
        topic.hearingRound() == 0 ? null : topics.currentHearing(topic).meetingDate();
    TopicStatus from = topic.status();
    int round = topic.scheduleHearing(command.meetingDate(), previous, now());
    Hearing hearing = Hearing.schedule(topic, round, command.meetingDate(), now());
    hearings.persist(hearing);
    events.statusChanged(topic, from);
    return new TopicStep<>(topic, hearing);
  }

  @Transactional
  public Hearing hearing(UUID id, Integer round) {
    SupervisionTopic topic = topics.readable(id);
    if (topic.hearingRound() == 0) {
      throw ProblemException.notFound("hearing", id);
    }
    int wanted = round == null ? topic.hearingRound() : round;
    return hearings
        .ofRound(topic.congressId(), topic.id(), wanted)
        .orElseThrow(() -> ProblemException.notFound("hearing", wanted));
  }

  @Transactional
  public List<Hearing> hearings(UUID id) {
    SupervisionTopic topic = topics.readable(id);
    return hearings.ofTopic(topic.congressId(), topic.id());
  }

  /** The responsible department submits its report to the current hearing. */
  @Transactional
  public TopicStep<Hearing> submitReport(UUID id, SubmitReport command) {
    SupervisionTopic topic = topics.lock(id);
    String department = access.requireResponsibleDepartment(topic);
    topic.requireStatus(TopicAction.REPORT, TopicStatus.HEARING);
    Hearing hearing = topics.currentHearing(topic);
    List<Attachment> files =
        command.attachments() == null
            ? List.of()
            : command.attachments().stream()
                .map(
                    a -> new Attachment(a.fileName(), a.mediaType(), a.sizeBytes(), a.storageRef()))
                .toList();
    hearing.submitReport(command.text(), files, department, now());
    return new TopicStep<>(topic, hearing);
  }

  /** Staff record who was present; the hearing is held and the attendance is announced. */
  @Transactional
  public TopicStep<Hearing> recordAttendance(UUID id, RecordAttendance command) {
    SupervisionTopic topic = topics.lock(id);
    topic.requireStatus(TopicAction.ATTENDANCE, TopicStatus.HEARING);
    Hearing hearing = topics.currentHearing(topic);
    // attendance says the meeting took place: not before its day
    pastEvents.requireNotFuture("meetingDate", hearing.meetingDate());
    List<Attendee> present = Attendances.attendees(command.attendees());
    // members named in an attendance must be members of the congress on the meeting day (422)
    members.requireServing(
        topic.congressId(), Attendances.memberIds(present), hearing.meetingDate());
    hearing.recordAttendance(present, now());
    events.hearingHeld(topic, hearing);
    events.attendanceRecorded(topic, hearing.meetingDate(), hearing.presentDeputyIds());
    return new TopicStep<>(topic, hearing);
  }

  private Instant now() {
    return clock.instant();
  }
}
