package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of the Standing Committee (常委会组成人员) for one term: the login subject that tokens,
 * attendance and ratings carry, the name front ends show, and the dates the membership runs.
 */
@Entity
public class CommitteeMember {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private String memberId;

  private String name;
  private int term;

  private LocalDate servesFrom;

  private LocalDate servesUntil;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected CommitteeMember() {}

  public static CommitteeMember register(
      String congressId,
      String memberId,
      String name,
      int term,
      LocalDate servesFrom,
      LocalDate servesUntil,
      Instant now) {
    CommitteeMember member = new CommitteeMember();
    member.id = UUID.randomUUID();
    member.congressId = congressId;
    member.memberId = memberId.strip();
    member.term = term;
    member.createdAt = now;
    member.update(name, servesFrom, servesUntil, now);
    return member;
  }

  /** Corrects the name or the dates, e.g. when a membership ends before the term does. */
  public void update(String name, LocalDate servesFrom, LocalDate servesUntil, Instant now) {
    this.name = name.strip();
    this.servesFrom = servesFrom;
    this.servesUntil = servesUntil;
    this.updatedAt = now;
  }

  /** Whether the membership runs on the given day. */
  public boolean servesOn(LocalDate day) {
    return !servesFrom.isAfter(day) && (servesUntil == null || !servesUntil.isBefore(day));
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String memberId() {
    return memberId;
  }

  public String name() {
    return name;
  }

  public int term() {
    return term;
  }

  public LocalDate servesFrom() {
    return servesFrom;
  }

  public LocalDate servesUntil() {
    return servesUntil;
  }

  public long version() {
    return version;
  }
}
