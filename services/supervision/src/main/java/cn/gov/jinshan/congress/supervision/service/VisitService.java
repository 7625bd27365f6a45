package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.domain.Visit;
import cn.gov.jinshan.congress.supervision.repository.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** 看: research and inspection visits of a topic, with the deputies and members who took part. */
@ApplicationScoped
public class VisitService {
  private final Topics topics;
  private final VisitRepository visits;
  private final CommitteeMemberService members;
  private final PastEvents pastEvents;
  private final TopicEvents events;
  private final Clock clock;

  public VisitService(
      Topics topics,
      VisitRepository visits,
      CommitteeMemberService members,
      PastEvents pastEvents,
      TopicEvents events,
      Clock clock) {
    this.topics = topics;
    this.visits = visits;
    this.members = members;
    this.pastEvents = pastEvents;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public TopicStep<Visit> recordVisit(UUID id, RecordVisit command) {
    SupervisionTopic topic = topics.require(id);
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
            clock.instant());
    visits.persist(visit);
    events.visitRecorded(topic, visit);
    return new TopicStep<>(topic, visit);
  }

  @Transactional
  public List<Visit> visits(UUID id, UUID afterId, int limit) {
    SupervisionTopic topic = topics.readable(id);
    return visits.ofTopic(topic.congressId(), topic.id(), afterId, limit);
  }
}
