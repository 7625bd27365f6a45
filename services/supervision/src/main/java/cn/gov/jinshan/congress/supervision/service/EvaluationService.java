package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Attendee;
import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.EvaluationSubject;
import cn.gov.jinshan.congress.supervision.domain.Grade;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import cn.gov.jinshan.congress.supervision.domain.Rating;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.EvaluationRepository;
import cn.gov.jinshan.congress.supervision.repository.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Satisfaction evaluations (满意度测评) of a topic's report or rectification: staff open one at a
 * meeting, the members present rate once each, staff complete it and the configured rule decides
 * the outcome, which moves the topic on. Results are published with their counts.
 */
@ApplicationScoped
public class EvaluationService {
  private final Topics topics;
  private final TopicEvents events;
  private final EvaluationRepository evaluations;
  private final RatingRepository ratings;
  private final CurrentUser user;
  private final CongressRules rules;
  private final CommitteeMemberService members;
  private final PastEvents pastEvents;
  private final Clock clock;

  public EvaluationService(
      Topics topics,
      TopicEvents events,
      EvaluationRepository evaluations,
      RatingRepository ratings,
      CurrentUser user,
      CongressRules rules,
      CommitteeMemberService members,
      PastEvents pastEvents,
      Clock clock) {
    this.topics = topics;
    this.events = events;
    this.evaluations = evaluations;
    this.ratings = ratings;
    this.user = user;
    this.rules = rules;
    this.members = members;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public TopicStep<Evaluation> open(UUID topicId, OpenEvaluation command) {
    SupervisionTopic topic = topics.lock(topicId);
    Evaluation evaluation;
    if (command.subject() == EvaluationSubject.REPORT) {
      topic.requireStatus(TopicAction.EVALUATION, TopicStatus.HEARING);
      Hearing hearing = topics.currentHearing(topic);
      if (!hearing.isHeld()) {
        throw ProblemException.businessRule("hearing.not-held", hearing.round());
      }
      if (evaluations.exists(topic.id(), topic.hearingRound(), EvaluationSubject.REPORT)) {
        throw ProblemException.conflict("evaluation.exists", hearing.round());
      }
      evaluation =
          Evaluation.ofTopic(
              topic,
              EvaluationSubject.REPORT,
              hearing.meetingDate(),
              hearing.presentMemberIds(),
              clock.instant());
    } else if (command.subject() == EvaluationSubject.RECTIFICATION) {
      topic.requireStatus(TopicAction.EVALUATION, TopicStatus.RECTIFYING);
      Opinion opinion = topics.currentOpinion(topic);
      if (!opinion.isRectified()) {
        throw ProblemException.businessRule("rectification.missing");
      }
      if (command.meetingDate() == null
          || command.attendees() == null
          || command.attendees().isEmpty()) {
        throw ProblemException.businessRule("evaluation.meeting-required");
      }
      pastEvents.requireNotFuture("meetingDate", command.meetingDate());
      List<Attendee> present = Attendances.attendees(command.attendees());
      members.requireServing(
          topic.congressId(), Attendances.memberIds(present), command.meetingDate());
      evaluation =
          Evaluation.ofTopic(
              topic,
              EvaluationSubject.RECTIFICATION,
              command.meetingDate(),
              present.stream().map(Attendee::memberId).filter(Objects::nonNull).toList(),
              clock.instant());
      events.attendanceRecorded(
          topic,
          command.meetingDate(),
          present.stream().map(Attendee::deputyId).filter(Objects::nonNull).distinct().toList());
    } else {
      throw ProblemException.businessRule(
          "evaluation.subject.topic", command.subject(), command.subject().label());
    }
    evaluations.persistAndFlush(evaluation); // one open evaluation per topic (unique index)
    return new TopicStep<>(topic, evaluation);
  }

  @Transactional
  public Evaluation get(UUID topicId, UUID evaluationId) {
    SupervisionTopic topic = topics.readable(topicId);
    return ofTopic(topic, evaluationId, LockModeType.NONE);
  }

  @Transactional
  public List<Evaluation> list(UUID topicId, UUID afterId, int limit) {
    SupervisionTopic topic = topics.readable(topicId);
    return evaluations.ofTopic(topic.congressId(), topic.id(), afterId, limit);
  }

  /** A present committee member rates once. */
  @Transactional
  public TopicStep<Rating> rate(UUID topicId, UUID evaluationId, Rate command) {
    SupervisionTopic topic = topics.require(topicId);
    Evaluation evaluation = ofTopic(topic, evaluationId, LockModeType.PESSIMISTIC_READ);
    return new TopicStep<>(topic, rate(evaluation, command));
  }

  /** Counts, decides, moves the topic on and publishes the result. */
  @Transactional
  public TopicStep<Evaluation> complete(UUID topicId, UUID evaluationId) {
    SupervisionTopic topic = topics.lock(topicId);
    Evaluation evaluation = ofTopic(topic, evaluationId, LockModeType.PESSIMISTIC_WRITE);
    Outcome outcome = count(evaluation);
    TopicStatus from = topic.status();
    topic.applyOutcome(evaluation.subject(), outcome, clock.instant());
    if (evaluation.subject() == EvaluationSubject.RECTIFICATION
        && outcome == Outcome.WRITTEN_RECTIFICATION) {
      topics
          .currentOpinion(topic)
          .requireFurtherRectification(
              pastEvents.today(), rules.rectificationPeriod(topic.congressId()));
    }
    events.evaluationCompleted(topic, evaluation, outcome);
    events.statusChanged(topic, from);
    return new TopicStep<>(topic, evaluation);
  }

  // shared with performance reviews

  Rating rate(Evaluation evaluation, Rate command) {
    String member = user.subject();
    Rating rating =
        Rating.of(evaluation, member, command.grade(), command.comment(), clock.instant());
    // present at the meeting (a permission: 403), and still a member when rating
    if (!evaluation.wasPresent(member)) {
      throw ProblemException.forbidden("rating.not-present");
    }
    members.requireServingRater(evaluation.congressId(), member);
    if (ratings.count("evaluationId = ?1 and memberId = ?2", evaluation.id(), member) > 0) {
      throw ProblemException.conflict("rating.exists");
    }
    ratings.persistAndFlush(rating); // a racing duplicate hits the unique constraint: 409
    return rating;
  }

  Outcome count(Evaluation evaluation) {
    Map<Grade, Integer> counts = ratings.counts(evaluation.id());
    return evaluation.complete(
        counts.get(Grade.SATISFIED),
        counts.get(Grade.BASICALLY_SATISFIED),
        counts.get(Grade.DISSATISFIED),
        rules.voteRule(evaluation.congressId()),
        clock.instant());
  }

  private Evaluation ofTopic(SupervisionTopic topic, UUID evaluationId, LockModeType lock) {
    return evaluations
        .lock(topic.congressId(), evaluationId, lock)
        .filter(e -> topic.id().equals(e.topicId()))
        .orElseThrow(() -> ProblemException.notFound("evaluation", evaluationId));
  }
}
