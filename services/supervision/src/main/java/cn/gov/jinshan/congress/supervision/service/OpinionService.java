package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.OpinionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Deliberation opinions (审议意见) on a topic after its hearing, with their rectification deadline, and
 * the responsible department taking them on.
 */
@ApplicationScoped
public class OpinionService {
  private final Topics topics;
  private final OpinionRepository opinions;
  private final Access access;
  private final CongressRules rules;
  private final PastEvents pastEvents;
  private final TopicEvents events;
  private final Clock clock;

  public OpinionService(
      Topics topics,
      OpinionRepository opinions,
      Access access,
      CongressRules rules,
      PastEvents pastEvents,
      TopicEvents events,
      Clock clock) {
    this.topics = topics;
    this.opinions = opinions;
    this.access = access;
    this.rules = rules;
    this.pastEvents = pastEvents;
    this.events = events;
    this.clock = clock;
  }

  /** HEARING → DELIBERATED once the hearing was held; the deadline defaults to the config. */
  @Transactional
  public TopicStep<Opinion> issueOpinion(UUID id, IssueOpinion command, String ifMatch) {
    SupervisionTopic topic = topics.lock(id);
    Etags.requireMatch(ifMatch, topic.version());
    pastEvents.requireNotFuture("issuedOn", command.issuedOn());
    topic.requireStatus(TopicAction.OPINION, TopicStatus.HEARING);
    if (!topics.currentHearing(topic).isHeld()) {
      throw ProblemException.businessRule("hearing.not-held", topic.hearingRound());
    }
    Opinion opinion =
        Opinion.issue(
            topic,
            command.text(),
            command.issuedOn(),
            command.rectificationDeadline(),
            rules.rectificationPeriod(topic.congressId()),
            clock.instant());
    opinions.persist(opinion);
    TopicStatus from = topic.deliberate(clock.instant());
    events.opinionIssued(topic, opinion);
    events.statusChanged(topic, from);
    return new TopicStep<>(topic, opinion);
  }

  @Transactional
  public Opinion opinion(UUID id) {
    return topics.currentOpinion(topics.readable(id));
  }

  /** The responsible department takes the opinions on: DELIBERATED → RECTIFYING. */
  @Transactional
  public SupervisionTopic acknowledgeOpinion(UUID id) {
    SupervisionTopic topic = topics.lock(id);
    access.requireResponsibleDepartment(topic);
    Opinion opinion = topics.currentOpinion(topic);
    TopicStatus from = topic.startRectification(clock.instant());
    opinion.acknowledge(clock.instant());
    events.statusChanged(topic, from);
    return topic;
  }
}
