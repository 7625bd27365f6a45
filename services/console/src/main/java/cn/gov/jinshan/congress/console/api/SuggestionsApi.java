package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.Dossier;
import cn.gov.jinshan.congress.console.api.model.Extension;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.ItemPage;
import cn.gov.jinshan.congress.console.api.model.Reply;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** The suggestions service's API as the console uses it, through the gateway. */
@RegisterRestClient(configKey = "platform-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public interface SuggestionsApi {
  String IDEMPOTENCY_KEY = "Idempotency-Key";

  @GET
  ItemPage list(
      @QueryParam("state") String state,
      @QueryParam("sort") String sort,
      @QueryParam("limit") Integer limit);

  /** One keyset page; {@code pageToken} is the previous page's {@code nextPageToken} (or null). */
  @GET
  ItemPage page(
      @QueryParam("sort") String sort,
      @QueryParam("limit") Integer limit,
      @QueryParam("pageToken") String pageToken);

  /** The item with its ETag (for If-Match on the next change). */
  @GET
  @Path("/{id}")
  RestResponse<Item> get(@PathParam("id") UUID id);

  /** The item with its contacts, replies and files in one read, with the item's ETag. */
  @GET
  @Path("/{id}/dossier")
  RestResponse<Dossier> dossier(@PathParam("id") UUID id);

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  Item create(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, Bodies.Draft draft);

  /** Edits a draft or a returned item (the lead only); a stale {@code ifMatch} is refused (412). */
  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  RestResponse<Item> update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Bodies.Draft draft);

  @POST
  @Path("/{id}/submit")
  Item submit(@PathParam("id") UUID id);

  @POST
  @Path("/{id}/co-signers")
  @Consumes(MediaType.APPLICATION_JSON)
  Item invite(@PathParam("id") UUID id, Bodies.InviteCoSigners invitation);

  @POST
  @Path("/{id}/co-signers/{deputyId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  Item answer(@PathParam("id") UUID id, @PathParam("deputyId") UUID deputyId, Bodies.Answer answer);

  @POST
  @Path("/{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  Response attach(
      @PathParam("id") UUID id,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      ClientMultipartForm file);

  /** The file itself, with its type; the console passes it on to the browser. */
  @GET
  @Path("/{id}/attachments/{attachmentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

  @POST
  @Path("/{id}/evaluation")
  @Consumes(MediaType.APPLICATION_JSON)
  Item evaluate(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      Bodies.Evaluation evaluation);

  @POST
  @Path("/{id}/tasks/{taskId}/sign-for")
  Response signFor(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId);

  @POST
  @Path("/{id}/tasks/{taskId}/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  Response sendBack(
      @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, Bodies.SendBack reason);

  @POST
  @Path("/{id}/contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  Response recordContact(@PathParam("id") UUID id, Bodies.RecordContact contact);

  @POST
  @Path("/{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  Reply reply(@PathParam("id") UUID id, Bodies.PostReply reply);

  @GET
  @Path("/{id}/extension-requests")
  List<Extension> extensions(@PathParam("id") UUID id);

  @POST
  @Path("/{id}/extension-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  Response requestExtension(@PathParam("id") UUID id, Bodies.RequestExtension request);

  @POST
  @Path("/{id}/tasks/{taskId}/opinion")
  @Consumes(MediaType.APPLICATION_JSON)
  Response opinion(
      @PathParam("id") UUID id, @PathParam("taskId") UUID taskId, Bodies.Opinion opinion);

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
