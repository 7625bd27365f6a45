package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The lead department asks staff to extend the handling deadline (延期). */
@Entity
public class ExtensionRequest {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(nullable = false, updatable = false)
  private String departmentId;

  private LocalDate requestedDue;

  private String reason;

  @Enumerated(EnumType.STRING)
  private ExtensionStatus status;

  private String decidedBy;

  private Instant decidedAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected ExtensionRequest() {}

  public static ExtensionRequest request(
      Suggestion s, String departmentId, LocalDate requestedDue, String reason, Instant now) {
    ExtensionRequest r = new ExtensionRequest();
    r.id = UUID.randomUUID();
    r.congressId = s.congressId();
    r.suggestionId = s.id();
    r.departmentId = departmentId;
    r.requestedDue = requestedDue;
    r.reason = reason.strip();
    r.status = ExtensionStatus.PENDING;
    r.createdAt = now;
    return r;
  }

  /** Staff decide; approving moves the item's deadline within the maximum handling time. */
  public void decide(boolean approve, Suggestion s, Deadlines d, String decidedBy, Instant now) {
    if (status != ExtensionStatus.PENDING) {
      throw cn.gov.jinshan.congress.platform.rules.RuleViolation.invalidState(
          "extension.state.illegal", status);
    }
    if (approve) {
      s.extendTo(requestedDue, d, now);
    }
    this.status = approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED;
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public String departmentId() {
    return departmentId;
  }

  public LocalDate requestedDue() {
    return requestedDue;
  }

  public String reason() {
    return reason;
  }

  public ExtensionStatus status() {
    return status;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
  }
}
