package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person appointed by the Standing Committee (任免: person, post, department, appointed on); the
 * result of their latest performance review (述职评议) is kept on the record.
 */
@Entity
public class Appointee {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  private String personName;

  private String post;

  private String departmentId;

  private LocalDate appointedOn;

  @Enumerated(EnumType.STRING)
  private Outcome lastOutcome;

  private LocalDate lastReviewedOn;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Appointee() {}

  public static Appointee appoint(
      String congressId,
      String personName,
      String post,
      String departmentId,
      LocalDate appointedOn,
      Instant now) {
    Appointee a = new Appointee();
    a.id = UUID.randomUUID();
    a.congressId = congressId;
    a.createdAt = now;
    a.update(personName, post, departmentId, appointedOn, now);
    return a;
  }

  public void update(
      String personName, String post, String departmentId, LocalDate appointedOn, Instant now) {
    this.personName = personName.strip();
    this.post = post.strip();
    this.departmentId = departmentId.strip();
    this.appointedOn = appointedOn;
    this.updatedAt = now;
  }

  public void reviewed(Outcome outcome, LocalDate on, Instant now) {
    this.lastOutcome = outcome;
    this.lastReviewedOn = on;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String personName() {
    return personName;
  }

  public String post() {
    return post;
  }

  public String departmentId() {
    return departmentId;
  }

  public LocalDate appointedOn() {
    return appointedOn;
  }

  public Outcome lastOutcome() {
    return lastOutcome;
  }

  public LocalDate lastReviewedOn() {
    return lastReviewedOn;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
