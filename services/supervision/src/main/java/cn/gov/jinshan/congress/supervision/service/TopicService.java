package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.supervision.HearingHeld;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationReported;
import cn.gov.jinshan.congress.contracts.supervision.TopicCancelled;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.contracts.supervision.VisitRecorded;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Attachment;
import cn.gov.jinshan.congress.supervision.domain.Attendee;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.Question;
import cn.gov.jinshan.congress.supervision.domain.RectificationReport;
import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicDetails;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.domain.Visit;
import cn.gov.jinshan.congress.supervision.repository.HearingRepository;
import cn.gov.jinshan.congress.supervision.repository.OpinionRepository;
import cn.gov.jinshan.congress.supervision.repository.PlanRepository;
import cn.gov.jinshan.congress.supervision.repository.QuestionRepository;
import cn.gov.jinshan.congress.supervision.repository.RectificationReportRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository.TopicSearch;
import cn.gov.jinshan.congress.supervision.repository.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The use cases of a supervision topic: planning, 看 (visits), 听 (hearing, report, attendance), 问
 * (questions and answers), deliberation opinions and rectification. Staff run the topic; the
 * responsible department submits its report, answers and rectification.
 */
@ApplicationScoped
public class TopicService {
  private final TopicRepository topics;
  private final PlanRepository plans;
  private final VisitRepository visits;
  private final HearingRepository hearings;
  private final QuestionRepository questions;
  private final OpinionRepository opinions;
  private final RectificationReportRepository rectifications;
  private final Access access;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final CongressRules rules;
  private final CongressScope scope;
  private final PastEvents pastEvents;
  private final CommitteeMemberService members;
  private final Clock clock;

  public TopicService(
      TopicRepository topics,
      PlanRepository plans,
      VisitRepository visits,
      HearingRepository hearings,
      QuestionRepository questions,
      OpinionRepository opinions,
      RectificationReportRepository rectifications,
      Access access,
      OutboxWriter outbox,
      CurrentUser user,
      CongressRules rules,
      CongressScope scope,
      PastEvents pastEvents,
      CommitteeMemberService members,
      Clock clock) {
    this.topics = topics;
    this.plans = plans;
    this.visits = visits;
    this.hearings = hearings;
    this.questions = questions;
    this.opinions = opinions;
    this.rectifications = rectifications;
    this.access = access;
    this.outbox = outbox;
    this.user = user;
    this.rules = rules;
    this.scope = scope;
    this.pastEvents = pastEvents;
    this.members = members;
    this.clock = clock;
  }

  // ---- planning ----------------------------------------------------------------------------

  @Transactional
  public SupervisionTopic plan(PlanTopic command) {
    SupervisionPlan plan =
        plans
            .findInCongress(user.congressId(), command.planId())
            .orElseThrow(() -> ProblemException.businessRule("plan.unknown", command.planId()));
    SupervisionTopic topic = SupervisionTopic.plan(plan, details(command), now());
    topics.persist(topic);
    outbox.append(
        new TopicPlanned(
            topic.id().toString(),
            topic.congressId(),
            plan.id().toString(),
            plan.year(),
            topic.title(),
            topic.kind().name(),
            topic.committee(),
            topic.departmentIds(),
            topic.plannedMeetingDate()),
        user.subject());
    return topic;
  }

  @Transactional
  public SupervisionTopic update(UUID id, PlanTopic command, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    topic.update(details(command), now());
    return topic;
  }

  @Transactional
  public SupervisionTopic readable(UUID id) {
    SupervisionTopic topic =
        topics
            .findByIdOptional(id)
            .filter(t -> scope.visible(t.congressId()))
            .orElseThrow(() -> ProblemException.notFound("topic", id));
    access.requireReadable(topic);
    return topic;
  }

  /** Searches; a department sees its own topics, a deputy those they took part in. */
  @Transactional
  public List<SupervisionTopic> search(TopicSearch search, int limit) {
    TopicSearch scoped = inCongress(search, scope.readable(search.congressId()));
    if (!access.seesAll()) {
      if (user.hasRole(Roles.DEPARTMENT)) {
        String department =
            user.departmentId().orElseThrow(() -> ProblemException.forbidden("department.claim"));
        scoped = withDepartment(scoped, department);
      } else {
        UUID deputy =
            user.deputyId().orElseThrow(() -> ProblemException.forbidden("topic.not-readable"));
        scoped = withDeputy(scoped, deputy);
      }
    }
    return topics.search(scoped, limit);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  @Transactional
  public SupervisionTopic startResearch(UUID id, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.startResearch(now());
    statusChanged(topic, from);
    return topic;
  }

  @Transactional
  public TopicStep<Hearing> scheduleHearing(UUID id, ScheduleHearing command, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    LocalDate previous = topic.hearingRound() == 0 ? null : currentHearing(topic).meetingDate();
    TopicStatus from = topic.status();
    int round = topic.scheduleHearing(command.meetingDate(), previous, now());
    Hearing hearing = Hearing.schedule(topic, round, command.meetingDate(), now());
    hearings.persist(hearing);
    statusChanged(topic, from);
    return new TopicStep<>(topic, hearing);
  }

  /**
   * PLANNED → CANCELLED: a topic planned by mistake is withdrawn with a reason; it no longer counts
   * in its plan, so the plan can take the right topic instead.
   */
  @Transactional
  public SupervisionTopic cancel(UUID id, CancelTopic command, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.cancel(command.reason(), now());
    SupervisionPlan plan = plans.findById(topic.planId());
    outbox.append(
        new TopicCancelled(
            topic.id().toString(),
            topic.congressId(),
            topic.planId().toString(),
            plan.year(),
            topic.title(),
            topic.cancelReason(),
            topic.cancelledAt()),
        user.subject());
    statusChanged(topic, from);
    return topic;
  }

  @Transactional
  public SupervisionTopic close(UUID id, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.close(now());
    statusChanged(topic, from);
    return topic;
  }

  // ---- 看: visits --------------------------------------------------------------------------

  @Transactional
  public TopicStep<Visit> recordVisit(UUID id, RecordVisit command) {
    SupervisionTopic topic = require(id);
    topic.requireStatus(TopicAction.VISIT, TopicStatus.RESEARCH, TopicStatus.RECTIFYING);
    pastEvents.requireNotFuture("visitedOn", command.visitedOn());
    if (command.memberIds() != null) {
      members.requireServing(
          topic.congressId(),
          command.memberIds().stream().map(String::strip).toList(),
          command.visitedOn());
    }
    Visit visit =
        Visit.record(
            topic,
            command.kind(),
            command.visitedOn(),
            command.place(),
            command.findings(),
            command.deputyIds() == null ? List.of() : command.deputyIds(),
            command.memberIds() == null ? List.of() : command.memberIds(),
            now());
    visits.persist(visit);
    // the deputies who took part get the visit on their performance record
    outbox.append(
        new VisitRecorded(
            topic.id().toString(),
            topic.congressId(),
            visit.id().toString(),
            topic.title(),
            visit.kind().name(),
            visit.visitedOn(),
            visit.place(),
            visit.deputyIds().stream().map(UUID::toString).toList()),
        user.subject());
    return new TopicStep<>(topic, visit);
  }

  @Transactional
  public List<Visit> visits(UUID id, UUID afterId, int limit) {
    SupervisionTopic topic = readable(id);
    return visits.ofTopic(topic.congressId(), topic.id(), afterId, limit);
  }

  // ---- 听: hearing -------------------------------------------------------------------------

  @Transactional
  public Hearing hearing(UUID id, Integer round) {
    SupervisionTopic topic = readable(id);
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
    SupervisionTopic topic = readable(id);
    return hearings.ofTopic(topic.congressId(), topic.id());
  }

  /** The responsible department submits its report to the current hearing. */
  @Transactional
  public TopicStep<Hearing> submitReport(UUID id, SubmitReport command) {
    SupervisionTopic topic = lock(id);
    String department = access.requireResponsibleDepartment(topic);
    topic.requireStatus(TopicAction.REPORT, TopicStatus.HEARING);
    Hearing hearing = currentHearing(topic);
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
    SupervisionTopic topic = lock(id);
    topic.requireStatus(TopicAction.ATTENDANCE, TopicStatus.HEARING);
    Hearing hearing = currentHearing(topic);
    // attendance says the meeting took place: not before its day
    pastEvents.requireNotFuture("meetingDate", hearing.meetingDate());
    List<Attendee> present = attendees(command.attendees());
    requireServingMembers(topic, present, hearing.meetingDate());
    hearing.recordAttendance(present, now());
    outbox.append(
        new HearingHeld(
            topic.id().toString(),
            topic.congressId(),
            hearing.id().toString(),
            hearing.round(),
            hearing.meetingDate(),
            hearing.reportDepartment(),
            hearing.attachments().size(),
            hearing.presentMemberIds()),
        user.subject());
    announceAttendance(topic, hearing.meetingDate(), hearing.presentDeputyIds());
    return new TopicStep<>(topic, hearing);
  }

  void announceAttendance(SupervisionTopic topic, LocalDate meetingDate, List<UUID> deputies) {
    outbox.append(
        new AttendanceRecorded(
            topic.id().toString(),
            topic.congressId(),
            topic.title(),
            meetingDate,
            deputies.stream().map(UUID::toString).toList()),
        user.subject());
  }

  /** Members named in an attendance must be members of the congress on the meeting day (422). */
  void requireServingMembers(SupervisionTopic topic, List<Attendee> present, LocalDate day) {
    members.requireServing(
        topic.congressId(),
        present.stream().map(Attendee::memberId).filter(m -> m != null).toList(),
        day);
  }

  static List<Attendee> attendees(List<RecordAttendance.Present> present) {
    return present.stream()
        .map(
            p ->
                new Attendee(
                    p.memberId() == null || p.memberId().isBlank() ? null : p.memberId().strip(),
                    p.deputyId(),
                    p.name().strip()))
        .toList();
  }

  // ---- 问: questions and answers -------------------------------------------------------------

  /** A member (or staff, recording for one) asks at the hearing; numbered in order. */
  @Transactional
  public TopicStep<Question> ask(UUID id, AskQuestion command) {
    SupervisionTopic topic = lock(id); // serialises numbering
    topic.requireStatus(TopicAction.QUESTION, TopicStatus.HEARING);
    int seq = questions.lastSeq(topic.id()) + 1;
    Question question =
        Question.ask(topic, seq, user.subject(), command.askerName(), command.question(), now());
    questions.persist(question);
    return new TopicStep<>(topic, question);
  }

  @Transactional
  public TopicStep<Question> answer(UUID id, UUID questionId, AnswerQuestion command) {
    SupervisionTopic topic = require(id);
    String department = access.requireResponsibleDepartment(topic);
    Question question =
        questions
            .findInCongress(user.congressId(), questionId)
            .filter(q -> q.topicId().equals(topic.id()))
            .orElseThrow(() -> ProblemException.notFound("question", questionId));
    question.answer(command.answer(), department, user.subject(), now());
    return new TopicStep<>(topic, question);
  }

  @Transactional
  public List<Question> questions(UUID id, int afterSeq, int limit) {
    SupervisionTopic topic = readable(id);
    return questions.ofTopic(topic.congressId(), topic.id(), afterSeq, limit);
  }

  // ---- deliberation opinions and rectification --------------------------------------------

  /** HEARING → DELIBERATED once the hearing was held; the deadline defaults to the config. */
  @Transactional
  public TopicStep<Opinion> issueOpinion(UUID id, IssueOpinion command, String ifMatch) {
    SupervisionTopic topic = lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    pastEvents.requireNotFuture("issuedOn", command.issuedOn());
    topic.requireStatus(TopicAction.OPINION, TopicStatus.HEARING);
    if (!currentHearing(topic).isHeld()) {
      throw ProblemException.businessRule("hearing.not-held", topic.hearingRound());
    }
    Opinion opinion =
        Opinion.issue(
            topic,
            command.text(),
            command.issuedOn(),
            command.rectificationDeadline(),
            rules.rectificationPeriod(topic.congressId()),
            now());
    opinions.persist(opinion);
    TopicStatus from = topic.deliberate(now());
    outbox.append(
        new OpinionIssued(
            topic.id().toString(),
            topic.congressId(),
            opinion.id().toString(),
            opinion.hearingRound(),
            opinion.issuedOn(),
            opinion.rectificationDeadline(),
            topic.departmentIds()),
        user.subject());
    statusChanged(topic, from);
    return new TopicStep<>(topic, opinion);
  }

  @Transactional
  public Opinion opinion(UUID id) {
    SupervisionTopic topic = readable(id);
    return currentOpinion(topic);
  }

  @Transactional
  public List<Opinion> opinions(SupervisionTopic topic) {
    return opinions.ofTopic(topic.congressId(), topic.id());
  }

  /** The responsible department takes the opinions on: DELIBERATED → RECTIFYING. */
  @Transactional
  public SupervisionTopic acknowledgeOpinion(UUID id) {
    SupervisionTopic topic = lock(id);
    access.requireResponsibleDepartment(topic);
    Opinion opinion = currentOpinion(topic);
    TopicStatus from = topic.startRectification(now());
    opinion.acknowledge(now());
    statusChanged(topic, from);
    return topic;
  }

  /** The department's written rectification report, once per requested round. */
  @Transactional
  public TopicStep<RectificationReport> reportRectification(UUID id, ReportRectification command) {
    SupervisionTopic topic = lock(id);
    String department = access.requireResponsibleDepartment(topic);
    topic.requireStatus(TopicAction.RECTIFICATION, TopicStatus.RECTIFYING);
    Opinion opinion = currentOpinion(topic);
    boolean late = opinion.reportRectification(today(), now());
    RectificationReport report =
        RectificationReport.of(opinion, command.text(), department, user.subject(), late, now());
    rectifications.persist(report);
    outbox.append(
        new RectificationReported(
            topic.id().toString(),
            topic.congressId(),
            opinion.id().toString(),
            department,
            opinion.rectificationDeadline(),
            report.reportedAt(),
            late),
        user.subject());
    return new TopicStep<>(topic, report);
  }

  @Transactional
  public List<RectificationReport> rectifications(UUID id) {
    SupervisionTopic topic = readable(id);
    return rectifications.ofTopic(topic.congressId(), topic.id());
  }

  // ---- helpers -----------------------------------------------------------------------------

  SupervisionTopic require(UUID id) {
    return topics
        .findInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("topic", id));
  }

  SupervisionTopic lock(UUID id) {
    return topics
        .lockInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("topic", id));
  }

  Hearing currentHearing(SupervisionTopic topic) {
    return hearings
        .ofRound(topic.congressId(), topic.id(), topic.hearingRound())
        .orElseThrow(
            () ->
                ProblemException.invalidState(
                    "topic.no-hearing", topic.status(), topic.status().label()));
  }

  Opinion currentOpinion(SupervisionTopic topic) {
    return opinions
        .ofRound(topic.congressId(), topic.id(), topic.hearingRound())
        .orElseThrow(
            () ->
                ProblemException.invalidState(
                    "topic.no-opinion", topic.status(), topic.status().label()));
  }

  void statusChanged(SupervisionTopic topic, TopicStatus from) {
    if (from == topic.status()) {
      return;
    }
    outbox.append(
        new TopicStatusChanged(
            topic.id().toString(),
            topic.congressId(),
            from.name(),
            topic.status().name(),
            topic.hearingRound()),
        user.subject());
  }

  LocalDate today() {
    return pastEvents.today();
  }

  private Instant now() {
    return clock.instant();
  }

  private static TopicDetails details(PlanTopic command) {
    return new TopicDetails(
        command.title(),
        command.kind(),
        command.committee(),
        command.departmentIds(),
        command.plannedMeetingDate());
  }

  private static TopicSearch inCongress(TopicSearch s, String congressId) {
    return new TopicSearch(
        congressId,
        s.planId(),
        s.status(),
        s.kind(),
        s.titleContains(),
        s.departmentId(),
        s.deputyId(),
        s.afterId());
  }

  private static TopicSearch withDepartment(TopicSearch s, String department) {
    return new TopicSearch(
        s.congressId(),
        s.planId(),
        s.status(),
        s.kind(),
        s.titleContains(),
        department,
        null,
        s.afterId());
  }

  private static TopicSearch withDeputy(TopicSearch s, UUID deputy) {
    return new TopicSearch(
        s.congressId(),
        s.planId(),
        s.status(),
        s.kind(),
        s.titleContains(),
        null,
        deputy,
        s.afterId());
  }
}
