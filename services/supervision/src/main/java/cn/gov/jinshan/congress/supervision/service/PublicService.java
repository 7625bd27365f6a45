package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.query.TopicSearch;
import cn.gov.jinshan.congress.supervision.repository.EvaluationRepository;
import cn.gov.jinshan.congress.supervision.repository.OpinionRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * What the public reads: the topics of the annual plans (the plan is a public document), the
 * deliberation opinions and the completed evaluations' counts and outcomes. Reports, attendance,
 * ratings and who rated what are not published.
 */
@ApplicationScoped
public class PublicService {
  private final TopicRepository topics;
  private final OpinionRepository opinions;
  private final EvaluationRepository evaluations;

  public PublicService(
      TopicRepository topics, OpinionRepository opinions, EvaluationRepository evaluations) {
    this.topics = topics;
    this.opinions = opinions;
    this.evaluations = evaluations;
  }

  @Transactional
  public List<SupervisionTopic> topics(String congressId, String q, UUID afterId, int limit) {
    return topics.search(
        new TopicSearch(congressId, null, null, null, q, null, null, afterId), limit);
  }

  @Transactional
  public Published topic(String congressId, UUID id) {
    SupervisionTopic topic =
        topics
            .findInCongress(congressId, id)
            .filter(t -> t.status() != TopicStatus.CANCELLED)
            .orElseThrow(() -> ProblemException.notFound("topic", id));
    return new Published(
        topic, opinions.ofTopic(congressId, id), evaluations.completedOfTopic(congressId, id));
  }

  /** A topic with what is published of it. */
  public record Published(
      SupervisionTopic topic, List<Opinion> opinions, List<Evaluation> results) {}
}
