package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.RectificationReport;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicAction;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.RectificationReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The responsible department's written rectification reports (整改报告) on the opinions. */
@ApplicationScoped
public class RectificationService {
  private final Topics topics;
  private final RectificationReportRepository rectifications;
  private final Access access;
  private final PastEvents pastEvents;
  private final TopicEvents events;
  private final CurrentUser user;
  private final Clock clock;

  public RectificationService(
      Topics topics,
      RectificationReportRepository rectifications,
      Access access,
      PastEvents pastEvents,
      TopicEvents events,
      CurrentUser user,
      Clock clock) {
    this.topics = topics;
    this.rectifications = rectifications;
    this.access = access;
    this.pastEvents = pastEvents;
    this.events = events;
    this.user = user;
    this.clock = clock;
  }

  /** The department's written rectification report, once per requested round. */
  @Transactional
  public TopicStep<RectificationReport> reportRectification(UUID id, ReportRectification command) {
    SupervisionTopic topic = topics.lock(id);
    String department = access.requireResponsibleDepartment(topic);
    topic.requireStatus(TopicAction.RECTIFICATION, TopicStatus.RECTIFYING);
    Opinion opinion = topics.currentOpinion(topic);
    boolean late = opinion.reportRectification(pastEvents.today(), clock.instant());
    RectificationReport report =
        RectificationReport.of(
            opinion, command.text(), department, user.subject(), late, clock.instant());
    rectifications.persist(report);
    events.rectificationReported(topic, opinion, report, department);
    return new TopicStep<>(topic, report);
  }

  @Transactional
  public List<RectificationReport> rectifications(UUID id) {
    SupervisionTopic topic = topics.readable(id);
    return rectifications.ofTopic(topic.congressId(), topic.id());
  }
}
