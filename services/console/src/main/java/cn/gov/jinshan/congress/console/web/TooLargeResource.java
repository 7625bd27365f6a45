package cn.gov.jinshan.congress.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The 文件过大 page a form over the console's size limit is sent to ({@link UploadLimit}). */
@Path(UploadLimit.TOO_LARGE)
@Produces(MediaType.TEXT_HTML)
public class TooLargeResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tooLarge();
  }

  @GET
  public Response page() {
    return Response.status(413).entity(Templates.tooLarge()).build();
  }
}
