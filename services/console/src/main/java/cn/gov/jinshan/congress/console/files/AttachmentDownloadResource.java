package cn.gov.jinshan.congress.console.files;

import cn.gov.jinshan.congress.console.api.SuggestionsApi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * An attachment's bytes for the browser: the console fetches them with the user's own token (the
 * browser never holds one) and passes them on with the API's type and file name. Whoever may not
 * read the item gets the 404 page, as the API answers.
 */
@Path("/items/{id}/attachments/{attachmentId}")
@Authenticated
public class AttachmentDownloadResource {
  /** The only types the service stores; anything else is not passed on as it is. */
  private static final Set<String> SERVED = Set.of("application/pdf", "image/png", "image/jpeg");

  private final SuggestionsApi suggestions;

  public AttachmentDownloadResource(@RestClient SuggestionsApi suggestions) {
    this.suggestions = suggestions;
  }

  @GET
  public Response download(@RestPath UUID id, @RestPath UUID attachmentId) {
    Response file = suggestions.download(id, attachmentId);
    String type = file.getMediaType() == null ? "" : file.getMediaType().toString();
    String served =
        SERVED.stream().filter(type::startsWith).findFirst().orElse("application/octet-stream");
    Response.ResponseBuilder answer =
        Response.ok(file.readEntity(InputStream.class), served)
            .header("X-Content-Type-Options", "nosniff")
            .header("Cache-Control", "private, no-store");
    String disposition = file.getHeaderString("Content-Disposition");
    answer.header(
        "Content-Disposition",
        disposition != null && disposition.startsWith("attachment") ? disposition : "attachment");
    return answer.build();
  }
}
