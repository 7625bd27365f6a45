package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to an item (by its lead deputy) or to a reply (by the replying department). */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id private UUID id;

  @Column(name = "congress_id", nullable = false, updatable = false)
  private String congressId;

  @Column(name = "suggestion_id", nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(name = "reply_id", updatable = false)
  private UUID replyId;

  @Column(name = "file_name", updatable = false)
  private String fileName;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", updatable = false)
  private int sizeBytes;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", updatable = false)
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
