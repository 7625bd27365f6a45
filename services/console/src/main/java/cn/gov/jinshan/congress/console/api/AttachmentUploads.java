package cn.gov.jinshan.congress.console.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Passes the files of a form on to the suggestions service, one upload each: to the item (a
 * deputy's draft) or to a reply (the unit that gave it). Each upload's Idempotency-Key derives from
 * the rendered form's, so a resubmitted form uploads every file once.
 */
@ApplicationScoped
public class AttachmentUploads {
  /** What a page says about attachments before any upload (the service's limits). */
  public static final String LIMITS = "PDF、PNG、JPEG 格式，每个不超过 10MB，每件（含答复）最多 20 个。";

  private final SuggestionsApi suggestions;

  public AttachmentUploads(@RestClient SuggestionsApi suggestions) {
    this.suggestions = suggestions;
  }

  /**
   * Uploads each non-empty file.
   *
   * @param replyId the reply the files belong to, or null for the item itself
   * @return whether every file was taken (a refused one, e.g. too large or of another type, is
   *     skipped; the page says so)
   */
  public boolean upload(UUID itemId, UUID replyId, String formKey, List<FileUpload> files) {
    if (files == null) {
      return true;
    }
    int index = 0;
    boolean all = true;
    for (FileUpload file : files) {
      index++;
      if (file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
        continue;
      }
      ClientMultipartForm form =
          ClientMultipartForm.create()
              .binaryFileUpload(
                  "file",
                  file.fileName(),
                  file.uploadedFile().toString(),
                  MediaType.APPLICATION_OCTET_STREAM);
      if (replyId != null) {
        form.attribute("replyId", replyId.toString(), null);
      }
      try {
        suggestions.attach(itemId, formKey + "-" + index, form);
      } catch (PlatformProblem refused) {
        if (refused.status() >= 500) {
          throw refused;
        }
        all = false;
      }
    }
    return all;
  }
}
