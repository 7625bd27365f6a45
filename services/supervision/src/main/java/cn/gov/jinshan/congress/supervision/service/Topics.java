package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.query.TopicSearch;
import cn.gov.jinshan.congress.supervision.repository.HearingRepository;
import cn.gov.jinshan.congress.supervision.repository.OpinionRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Finds topics for the other use cases: those the caller may read (one or a search), those of the
 * caller's congress to change (locked or not), and a topic's current hearing and opinion.
 */
@ApplicationScoped
public class Topics {
  private final TopicRepository topics;
  private final HearingRepository hearings;
  private final OpinionRepository opinions;
  private final Access access;
  private final CongressScope scope;
  private final CurrentUser user;

  public Topics(
      TopicRepository topics,
      HearingRepository hearings,
      OpinionRepository opinions,
      Access access,
      CongressScope scope,
      CurrentUser user) {
    this.topics = topics;
    this.hearings = hearings;
    this.opinions = opinions;
    this.access = access;
    this.scope = scope;
    this.user = user;
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
