package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.AttachmentUploads;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.SuggestionsApi;
import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.Dossier;
import cn.gov.jinshan.congress.console.api.model.ItemPage;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.FormKeys;
import cn.gov.jinshan.congress.console.view.Notices;
import cn.gov.jinshan.congress.console.view.ProblemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The deputy's items: the list by state, one item's page with its timeline and replies, and what
 * the deputy does there (submit a draft, add files to it, answer a co-signing invitation, evaluate
 * a reply).
 */
@Path("/deputy")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class DeputyItemsResource {
  private final SuggestionsApi suggestions;
  private final Viewer viewer;
  private final AttachmentUploads uploads;

  public DeputyItemsResource(
      @RestClient SuggestionsApi suggestions, Viewer viewer, AttachmentUploads uploads) {
    this.suggestions = suggestions;
    this.viewer = viewer;
    this.uploads = uploads;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance items(
        List<ItemGroups.Group> groups, boolean more, String notice);

    static native TemplateInstance item(
        ItemSheet sheet, String formKey, String limits, String notice, ProblemView problem);
  }

  @GET
  public Response home() {
    return Response.seeOther(URI.create("/deputy/items")).build();
  }

  @GET
  @Path("items")
  public TemplateInstance items(@RestQuery String notice) {
    ItemPage page = suggestions.list(null, "-createdAt", 100);
    return Templates.items(
        ItemGroups.of(page.items()), page.nextPageToken() != null, Notices.text(notice));
  }

  @GET
  @Path("items/{id}")
  public TemplateInstance item(@RestPath UUID id, @RestQuery String notice) {
    return Templates.item(
        sheet(id),
        FormKeys.next(),
        AttachmentUploads.LIMITS,
        Notices.text(notice),
        ProblemView.NONE);
  }

  @POST
  @Path("items/{id}/submission")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object submit(@RestPath UUID id) {
    try {
      suggestions.submit(id);
      return done(id, "submitted");
    } catch (PlatformProblem refused) {
      return again(id, refused, Set.of(), Map.of());
    }
  }

  @POST
  @Path("items/{id}/co-signing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object answer(@RestPath UUID id, @RestForm String accept) {
    boolean yes = "true".equals(accept);
    try {
      suggestions.answer(id, UUID.fromString(viewer.getDeputyId()), new Bodies.Answer(yes));
      return done(id, yes ? "accepted" : "declined");
    } catch (PlatformProblem refused) {
      return again(id, refused, Set.of(), Map.of());
    }
  }

  /** More files for a draft or a returned item (the lead only; the API decides). */
  @POST
  @Path("items/{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Object attach(
      @RestPath UUID id,
      @RestForm String idempotencyKey,
      @RestForm("attachments") List<FileUpload> attachments) {
    boolean all = uploads.upload(id, null, FormKeys.keep(idempotencyKey), attachments);
    return done(id, all ? "attached" : "attachment-refused");
  }

  @POST
  @Path("items/{id}/evaluation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object evaluate(
      @RestPath UUID id,
      @RestForm String satisfaction,
      @RestForm String comment,
      @RestForm String etag) {
    try {
      suggestions.evaluate(
          id, blankToNull(etag), new Bodies.Evaluation(blankToNull(satisfaction), comment));
      return done(id, "evaluated");
    } catch (PlatformProblem refused) {
      return again(
          id, refused, Set.of("satisfaction", "comment"), Map.of("result", "satisfaction"));
    }
  }

  /** The item page as it is now, with what went wrong: a 412 shows the other person's version. */
  private Object again(
      UUID id, PlatformProblem refused, Set<String> fields, Map<String, String> renames) {
    if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
      throw refused;
    }
    ProblemView problem = ProblemView.of(refused, fields, renames);
    return Response.status(refused.status() == 412 ? 409 : 400)
        .entity(
            Templates.item(
                sheet(id), FormKeys.next(), AttachmentUploads.LIMITS, problem.notice(), problem))
        .build();
  }

  private ItemSheet sheet(UUID id) {
    RestResponse<Dossier> answer = suggestions.dossier(id);
    Dossier dossier = answer.getEntity();
    return new ItemSheet(
        dossier.item(),
        answer.getHeaderString("ETag"),
        Timeline.of(dossier.item(), dossier.contacts(), dossier.replies()),
        dossier.replies(),
        dossier.attachments(),
        viewer.getDeputyId());
  }

  private static Response done(UUID id, String notice) {
    return Response.seeOther(URI.create("/deputy/items/" + id + "?notice=" + notice)).build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
