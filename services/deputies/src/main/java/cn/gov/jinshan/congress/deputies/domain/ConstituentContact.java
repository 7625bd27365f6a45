package cn.gov.jinshan.congress.deputies.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An opinion a deputy received from a constituent (联系群众). It can be turned into a suggestion; the
 * link closes the loop citizen → deputy → department → deputy → citizen.
 */
@Entity
public class ConstituentContact {
  @Id private UUID id;

  @Column(updatable = false)
  private String congressId;

  @Column(updatable = false)
  private UUID deputyId;

  @Column(updatable = false)
  private UUID stationId;

  @Column(updatable = false)
  private LocalDate receivedOn;

  /** Personal data: shown only to the deputy and staff, never in events. */
  @Column(updatable = false)
  private String constituentName;

  @Column(updatable = false)
  private String subject;

  @Column(updatable = false)
  private String content;

  private UUID suggestionId;

  @Version private long version;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  protected ConstituentContact() {}

  public ConstituentContact(
      Deputy deputy,
      UUID stationId,
      LocalDate receivedOn,
      String constituentName,
      String subject,
      String content,
      Instant now) {
    this.id = UUID.randomUUID();
    this.congressId = deputy.congressId();
    this.deputyId = deputy.id();
    this.stationId = stationId;
    this.receivedOn = receivedOn;
    this.constituentName = constituentName;
    this.subject = subject.strip();
    this.content = content.strip();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Links the suggestion this opinion became; it can be linked once. */
  public void linkSuggestion(UUID suggestionId, Instant now) {
    if (this.suggestionId != null && !this.suggestionId.equals(suggestionId)) {
      throw RuleViolation.invalidState("contact.already-linked", this.suggestionId);
    }
    this.suggestionId = suggestionId;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public UUID stationId() {
    return stationId;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public String constituentName() {
    return constituentName;
  }

  public String subject() {
    return subject;
  }

  public String content() {
    return content;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
