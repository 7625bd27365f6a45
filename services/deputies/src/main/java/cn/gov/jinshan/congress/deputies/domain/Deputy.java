package cn.gov.jinshan.congress.deputies.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deputy (代表) of one congress, with their status lifecycle. */
@Entity
public class Deputy {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  /** The person behind this membership; shared by their memberships of several congresses. */
  @Column(nullable = false, updatable = false)
  private UUID personId;

  private String name;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  private Integer birthYear;

  private String party;
  private String occupation;

  @Enumerated(EnumType.STRING)
  private DeputyLevel level;

  private int term;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "delegation_id")
  private Delegation delegation;

  @Enumerated(EnumType.STRING)
  private DeputyStatus status;

  private LocalDate statusChangedOn;

  private String statusReason;

  private String userSubject;

  private String phone;
  private String email;
  private String biography;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Deputy() {}

  /**
   * Registers a new, active deputy. {@code id} may be given to match an existing login's deputy_id
   * claim; {@code personId} links this membership to the same person's membership of another
   * congress (null: a new person, whose id is this membership's).
   */
  public static Deputy register(
      UUID id,
      UUID personId,
      String congressId,
      DeputyDetails details,
      DeputyProfile profile,
      Instant now) {
    Deputy deputy = new Deputy();
    deputy.id = id == null ? UUID.randomUUID() : id;
    deputy.personId = personId == null ? deputy.id : personId;
    deputy.congressId = congressId;
    deputy.status = DeputyStatus.ACTIVE;
    deputy.createdAt = now;
    deputy.update(details, now);
    deputy.updateProfile(profile, now);
    return deputy;
  }

  public void update(DeputyDetails details, Instant now) {
    if (!details.delegation().congressId().equals(congressId)) {
      throw RuleViolation.forbidden("forbidden.congress");
    }
    this.name = details.name().strip();
    this.gender = details.gender();
    this.birthYear = details.birthYear();
    this.party = details.party();
    this.occupation = details.occupation();
    this.level = details.level();
    this.term = details.term();
    this.delegation = details.delegation();
    this.userSubject = details.userSubject();
    this.updatedAt = now;
  }

  public void updateProfile(DeputyProfile profile, Instant now) {
    this.phone = profile.phone();
    this.email = profile.email();
    if (profile.occupation() != null) {
      this.occupation = profile.occupation();
    }
    this.biography = profile.biography();
    this.updatedAt = now;
  }

  /**
   * Changes the status: ACTIVE ⇄ SUSPENDED, either to TERMINATED; TERMINATED is final.
   *
   * @throws RuleViolation (invalid state) naming the current status when the change is not allowed
   */
  public DeputyStatus changeStatus(
      DeputyStatus next, LocalDate effectiveOn, String reason, Instant now) {
    if (!status.canChangeTo(next)) {
      throw RuleViolation.invalidState(
          "deputy.status.illegal", status, next, status.label(), next.label());
    }
    DeputyStatus previous = status;
    this.status = next;
    this.statusChangedOn = effectiveOn;
    this.statusReason = reason.strip();
    this.updatedAt = now;
    return previous;
  }

  public boolean isActive() {
    return status == DeputyStatus.ACTIVE;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID personId() {
    return personId;
  }

  public String name() {
    return name;
  }

  public Gender gender() {
    return gender;
  }

  public Integer birthYear() {
    return birthYear;
  }

  public String party() {
    return party;
  }

  public String occupation() {
    return occupation;
  }

  public DeputyLevel level() {
    return level;
  }

  public int term() {
    return term;
  }

  public Delegation delegation() {
    return delegation;
  }

  public DeputyStatus status() {
    return status;
  }

  public LocalDate statusChangedOn() {
    return statusChangedOn;
  }

  public String statusReason() {
    return statusReason;
  }

  public String userSubject() {
    return userSubject;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String biography() {
    return biography;
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
