package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** The bytes of an attachment, apart from its description so that lists never load them. */
@Entity
public class AttachmentContent {
  @Id private UUID attachmentId;

  @Column(updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(UUID attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content; // up to 10 MiB: kept, not copied
  }

  public byte[] content() {
    return content;
  }
}
