package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A file attached to an item (by its lead deputy) or to a reply (by the replying department). */
@Entity
public class Attachment {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(updatable = false)
  private UUID replyId;

  @Column(updatable = false)
  private String fileName;

  @Column(updatable = false)
  private String mediaType;

  @Column(updatable = false)
  private int sizeBytes;

  @Column(updatable = false)
  private String sha256;

  @Column(updatable = false)
  private String uploadedBy;

  @Column(updatable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  public static Attachment of(
      Suggestion item,
      UUID replyId,
      String fileName,
      AttachmentType type,
      int size,
      String sha256,
      String actor,
      Instant now) {
    Attachment a = new Attachment();
    a.id = UUID.randomUUID();
    a.congressId = item.congressId();
    a.suggestionId = item.id();
    a.replyId = replyId;
    a.fileName = fileName;
    a.mediaType = type.mediaType();
    a.sizeBytes = size;
    a.sha256 = sha256;
    a.uploadedBy = actor;
    a.uploadedAt = now;
    return a;
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

  public UUID replyId() {
    return replyId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
