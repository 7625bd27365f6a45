package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.supervision.domain.Question;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.QuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** 问: questions asked at a topic's hearing and the responsible department's answers. */
@ApplicationScoped
public class QuestionService {
  private final Topics topics;
  private final QuestionRepository questions;
  private final Access access;
  private final CurrentUser user;
  private final Clock clock;

  public QuestionService(
      Topics topics, QuestionRepository questions, Access access, CurrentUser user, Clock clock) {
    this.topics = topics;
    this.questions = questions;
    this.access = access;
    this.user = user;
    this.clock = clock;
  }

  /** A member (or staff, recording for one) asks at the hearing; numbered in order. */
  @Transactional
  public TopicStep<Question> ask(UUID id, AskQuestion command) {
    SupervisionTopic topic = topics.lock(id); // serialises numbering
    topic.requireStatus(TopicAction.QUESTION, TopicStatus.HEARING);
    int seq = questions.lastSeq(topic.id()) + 1;
    Question question =
        Question.ask(
            topic, seq, user.subject(), command.askerName(), command.question(), clock.instant());
    questions.persist(question);
    return new TopicStep<>(topic, question);
  }

  @Transactional
  public TopicStep<Question> answer(UUID id, UUID questionId, AnswerQuestion command) {
    SupervisionTopic topic = topics.require(id);
    String department = access.requireResponsibleDepartment(topic);
    Question question =
        questions
            .findInCongress(user.congressId(), questionId)
            .filter(q -> q.topicId().equals(topic.id()))
            .orElseThrow(() -> ProblemException.notFound("question", questionId));
    question.answer(command.answer(), department, user.subject(), clock.instant());
    return new TopicStep<>(topic, question);
  }

  @Transactional
  public List<Question> questions(UUID id, int afterSeq, int limit) {
    SupervisionTopic topic = topics.readable(id);
    return questions.ofTopic(topic.congressId(), topic.id(), afterSeq, limit);
  }
}
