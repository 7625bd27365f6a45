package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import java.time.Instant;
import java.util.UUID;

/** An attachment's description; {@code href} serves its bytes to whoever may read the item. */
public record AttachmentResponse(
    UUID id,
    UUID suggestionId,
    UUID replyId,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String href) {
  public static AttachmentResponse from(Attachment a) {
    return new AttachmentResponse(
        a.id(),
        a.suggestionId(),
        a.replyId(),
        a.fileName(),
        a.mediaType(),
        a.sizeBytes(),
        a.sha256(),
        a.uploadedBy(),
        a.uploadedAt(),
        "/api/v1/suggestions/" + a.suggestionId() + "/attachments/" + a.id());
  }
}
