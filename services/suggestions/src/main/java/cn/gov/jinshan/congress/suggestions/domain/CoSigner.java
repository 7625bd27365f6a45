package cn.gov.jinshan.congress.suggestions.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A deputy invited to co-sign (附议) an item, and their answer. */
@Entity
public class CoSigner {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(nullable = false, updatable = false)
  private UUID deputyId;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Enumerated(EnumType.STRING)
  private CoSignerStatus status;

  private Instant invitedAt;

  private Instant respondedAt;

  protected CoSigner() {}

  public static CoSigner invite(Suggestion suggestion, UUID deputyId, Instant now) {
    suggestion.requireOpenForCoSigning();
    if (suggestion.isLead(deputyId)) {
      throw RuleViolation.businessRule("co-signer.is-lead");
    }
    CoSigner c = new CoSigner();
    c.id = UUID.randomUUID();
    c.suggestionId = suggestion.id();
    c.deputyId = deputyId;
    c.congressId = suggestion.congressId();
    c.status = CoSignerStatus.INVITED;
    c.invitedAt = now;
    return c;
  }

  /** A motion converted to a suggestion keeps its accepted co-signers. */
  public static CoSigner copyAccepted(CoSigner original, Suggestion converted) {
    CoSigner c = new CoSigner();
    c.id = UUID.randomUUID();
    c.suggestionId = converted.id();
    c.deputyId = original.deputyId;
    c.congressId = original.congressId;
    c.status = CoSignerStatus.ACCEPTED;
    c.invitedAt = original.invitedAt;
    c.respondedAt = original.respondedAt;
    return c;
  }

  /** A co-signer of a referred item who is a deputy of the district too, there. */
  public static CoSigner referred(CoSigner original, Suggestion copy, UUID districtDeputyId) {
    CoSigner c = copyAccepted(original, copy);
    c.deputyId = districtDeputyId;
    c.congressId = copy.congressId();
    return c;
  }

  /** The invited deputy answers; they may change their mind while the item is still a draft. */
  public void answer(Suggestion suggestion, boolean accept, Instant now) {
    suggestion.requireOpenForCoSigning();
    this.status = accept ? CoSignerStatus.ACCEPTED : CoSignerStatus.DECLINED;
    this.respondedAt = now;
  }

  public boolean accepted() {
    return status == CoSignerStatus.ACCEPTED;
  }

  public UUID id() {
    return id;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public CoSignerStatus status() {
    return status;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Instant respondedAt() {
    return respondedAt;
  }
}
