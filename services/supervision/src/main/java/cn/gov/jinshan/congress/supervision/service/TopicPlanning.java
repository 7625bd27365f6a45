package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicDetails;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.PlanRepository;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The staff's running of a topic in its plan: planning and changing it, starting its research,
 * cancelling one planned by mistake and closing it. Each change needs the topic's ETag.
 */
@ApplicationScoped
public class TopicPlanning {
  private final Topics topics;
  private final TopicRepository repository;
  private final PlanRepository plans;
  private final TopicEvents events;
  private final CurrentUser user;
  private final Clock clock;

  public TopicPlanning(
      Topics topics,
      TopicRepository repository,
      PlanRepository plans,
      TopicEvents events,
      CurrentUser user,
      Clock clock) {
    this.topics = topics;
    this.repository = repository;
    this.plans = plans;
    this.events = events;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public SupervisionTopic plan(PlanTopic command) {
    SupervisionPlan plan =
        plans
            .findInCongress(user.congressId(), command.planId())
            .orElseThrow(() -> ProblemException.businessRule("plan.unknown", command.planId()));
    SupervisionTopic topic = SupervisionTopic.plan(plan, details(command), now());
    repository.persist(topic);
    events.planned(topic, plan);
    return topic;
  }

  @Transactional
  public SupervisionTopic update(UUID id, PlanTopic command, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    topic.update(details(command), now());
    return topic;
  }

  @Transactional
  public SupervisionTopic startResearch(UUID id, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.startResearch(now());
    events.statusChanged(topic, from);
    return topic;
  }

  /**
   * PLANNED → CANCELLED: a topic planned by mistake is withdrawn with a reason; it no longer counts
   * in its plan, so the plan can take the right topic instead.
   */
  @Transactional
  public SupervisionTopic cancel(UUID id, CancelTopic command, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.cancel(command.reason(), now());
    events.cancelled(topic, plans.findById(topic.planId()));
    events.statusChanged(topic, from);
    return topic;
  }

  @Transactional
  public SupervisionTopic close(UUID id, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    TopicStatus from = topic.close(now());
    events.statusChanged(topic, from);
    return topic;
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
}
