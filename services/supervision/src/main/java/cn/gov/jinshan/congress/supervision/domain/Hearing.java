package cn.gov.jinshan.congress.supervision.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One hearing (听) of a topic: round 1 is the first, round 2+ a re-report at a later meeting. The
 * department submits its report once; staff record the attendance once, which marks it held.
 */
@Entity
@Table(name = "topic_hearing")
public class Hearing {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID topicId;

  private int round;

  private LocalDate meetingDate;

  private String reportText;

  private String reportDepartment;

  private Instant reportSubmittedAt;

  private Instant heldAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "hearing_attachment", joinColumns = @JoinColumn(name = "hearing_id"))
  @OrderColumn(name = "position")
  private List<Attachment> attachments = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "hearing_attendee", joinColumns = @JoinColumn(name = "hearing_id"))
  @OrderColumn(name = "position")
  private List<Attendee> attendees = new ArrayList<>();

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Hearing() {}

  public static Hearing schedule(
      SupervisionTopic topic, int round, LocalDate meetingDate, Instant now) {
    Hearing hearing = new Hearing();
    hearing.id = UUID.randomUUID();
    hearing.congressId = topic.congressId();
    hearing.topicId = topic.id();
    hearing.round = round;
    hearing.meetingDate = meetingDate;
    hearing.createdAt = now;
    return hearing;
  }

  /** The department's report; submitted once, before the meeting records attendance. */
  public void submitReport(String text, List<Attachment> files, String departmentId, Instant now) {
    if (reportSubmittedAt != null) {
      throw RuleViolation.conflict("hearing.report.exists", round);
    }
    if (heldAt != null) {
      throw RuleViolation.conflict("hearing.already-held", round);
    }
    this.reportText = text;
    this.reportDepartment = departmentId;
    this.reportSubmittedAt = now;
    this.attachments.clear();
    this.attachments.addAll(files);
  }

  /** Records who was present; the hearing is then held. Needs the report first. */
  public void recordAttendance(List<Attendee> present, Instant now) {
    if (heldAt != null) {
      throw RuleViolation.conflict("hearing.already-held", round);
    }
    if (reportSubmittedAt == null) {
      throw RuleViolation.businessRule("hearing.report.missing", round);
    }
    this.attendees.clear();
    this.attendees.addAll(present);
    this.heldAt = now;
  }

  public boolean isHeld() {
    return heldAt != null;
  }

  public List<String> presentMemberIds() {
    return attendees.stream().map(Attendee::memberId).filter(Objects::nonNull).distinct().toList();
  }

  public List<UUID> presentDeputyIds() {
    return attendees.stream().map(Attendee::deputyId).filter(Objects::nonNull).distinct().toList();
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID topicId() {
    return topicId;
  }

  public int round() {
    return round;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public String reportText() {
    return reportText;
  }

  public String reportDepartment() {
    return reportDepartment;
  }

  public Instant reportSubmittedAt() {
    return reportSubmittedAt;
  }

  public Instant heldAt() {
    return heldAt;
  }

  public List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  public List<Attendee> attendees() {
    return List.copyOf(attendees);
  }

  public long version() {
    return version;
  }
}
