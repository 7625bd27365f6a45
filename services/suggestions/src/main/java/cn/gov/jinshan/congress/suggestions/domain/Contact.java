package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A department's contact with the deputy about an item (沟通联系). Immutable once recorded. */
@Entity
public class Contact {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(nullable = false, updatable = false)
  private String departmentId;

  private LocalDate contactedOn;

  @Enumerated(EnumType.STRING)
  private ContactWay way;

  private String summary;

  private String recordedBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Contact() {}

  public static Contact record(
      Suggestion s,
      String departmentId,
      LocalDate contactedOn,
      ContactWay way,
      String summary,
      String recordedBy,
      Instant now) {
    Contact c = new Contact();
    c.id = UUID.randomUUID();
    c.congressId = s.congressId();
    c.suggestionId = s.id();
    c.departmentId = departmentId;
    c.contactedOn = contactedOn;
    c.way = way;
    c.summary = summary.strip();
    c.recordedBy = recordedBy;
    c.createdAt = now;
    return c;
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

  public LocalDate contactedOn() {
    return contactedOn;
  }

  public ContactWay way() {
    return way;
  }

  public String summary() {
    return summary;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
