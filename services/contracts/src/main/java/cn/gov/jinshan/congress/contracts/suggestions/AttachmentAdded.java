package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * A file was attached (附件) to an item by its lead deputy ({@code replyId} null) or to one of the
 * item's replies by the department that gave it. It describes the file only: the bytes stay in the
 * suggestions service, and whoever needs them fetches them there through the item's access check.
 *
 * @param fileName the name as stored (path and control characters removed; Chinese kept)
 * @param mediaType the type recognised from the content: application/pdf, image/png or image/jpeg
 * @param sizeBytes the size in bytes (an int, as stored: files are limited to a few MiB)
 * @param sha256 the hex SHA-256 of the bytes, so that a consumer can tell two uploads apart
 */
@EventType(value = "congress.suggestions.AttachmentAdded.v1", topic = Topics.SUGGESTIONS)
public record AttachmentAdded(
    String suggestionId,
    String congressId,
    String attachmentId,
    String replyId,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    Instant attachedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
