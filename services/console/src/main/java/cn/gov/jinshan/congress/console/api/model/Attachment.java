package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A file of an item or of one of its replies; the console serves its bytes under {@link #path()},
 * never the API's address (the browser has no token for it).
 */
public record Attachment(
    UUID id,
    UUID suggestionId,
    UUID replyId,
    String fileName,
    String mediaType,
    int sizeBytes,
    Instant uploadedAt) {

  /** The console's download address of the file. */
  public String path() {
    return "/items/" + suggestionId + "/attachments/" + id;
  }

  /** The size as people read it: 12 KB, 3.4 MB. */
  public String size() {
    if (sizeBytes < 1024 * 1024) {
      return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}
