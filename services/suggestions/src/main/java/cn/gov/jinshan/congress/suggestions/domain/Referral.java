package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The record of a referral to another level, kept with the referring congress's item. */
@Entity
public class Referral {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Enumerated(EnumType.STRING)
  private ReferralTarget targetLevel;

  private String targetCongressId;

  private UUID referredToId;

  private String reason;

  private String cityReference;

  private String referredBy;

  private Instant referredAt;

  protected Referral() {}

  public static Referral of(
      Suggestion item,
      ReferralTarget target,
      String targetCongressId,
      UUID referredToId,
      String reason,
      String cityReference,
      String actor,
      Instant now) {
    Referral r = new Referral();
    r.id = UUID.randomUUID();
    r.congressId = item.congressId();
    r.suggestionId = item.id();
    r.targetLevel = target;
    r.targetCongressId = targetCongressId;
    r.referredToId = referredToId;
    r.reason = reason.strip();
    r.cityReference = cityReference == null ? null : cityReference.strip();
    r.referredBy = actor;
    r.referredAt = now;
    return r;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public ReferralTarget targetLevel() {
    return targetLevel;
  }

  public String targetCongressId() {
    return targetCongressId;
  }

  public UUID referredToId() {
    return referredToId;
  }

  public String reason() {
    return reason;
  }

  public String cityReference() {
    return cityReference;
  }

  public String referredBy() {
    return referredBy;
  }

  public Instant referredAt() {
    return referredAt;
  }
}
