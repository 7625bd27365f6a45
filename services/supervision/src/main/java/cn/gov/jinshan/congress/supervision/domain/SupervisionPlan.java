package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The annual supervision plan (年度监督计划) of one congress: one per year. */
@Entity
public class SupervisionPlan {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  private int year;
  private String title;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected SupervisionPlan() {}

  public static SupervisionPlan create(String congressId, int year, String title, Instant now) {
    SupervisionPlan plan = new SupervisionPlan();
    plan.id = UUID.randomUUID();
    plan.congressId = congressId;
    plan.year = year;
    plan.title = title.strip();
    plan.createdAt = now;
    plan.updatedAt = now;
    return plan;
  }

  public void rename(String title, Instant now) {
    this.title = title.strip();
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public int year() {
    return year;
  }

  public String title() {
    return title;
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
