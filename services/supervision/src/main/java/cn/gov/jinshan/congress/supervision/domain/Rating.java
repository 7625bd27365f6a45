package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One member's rating in one evaluation; the database allows one per member and evaluation. */
@Entity
public class Rating {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID evaluationId;

  @Column(nullable = false, updatable = false)
  private String memberId;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  private String comment;

  private Instant ratedAt;

  protected Rating() {}

  public static Rating of(
      Evaluation evaluation, String memberId, Grade grade, String comment, Instant now) {
    evaluation.requireOpenForRating();
    Rating r = new Rating();
    r.id = UUID.randomUUID();
    r.congressId = evaluation.congressId();
    r.evaluationId = evaluation.id();
    r.memberId = memberId;
    r.grade = grade;
    r.comment = comment;
    r.ratedAt = now;
    return r;
  }

  public UUID id() {
    return id;
  }

  public UUID evaluationId() {
    return evaluationId;
  }

  public String memberId() {
    return memberId;
  }

  public Grade grade() {
    return grade;
  }

  public String comment() {
    return comment;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
