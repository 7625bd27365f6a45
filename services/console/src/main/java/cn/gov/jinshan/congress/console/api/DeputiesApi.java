package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.ConstituentContacts;
import cn.gov.jinshan.congress.console.api.model.DirectoryEntry;
import cn.gov.jinshan.congress.console.api.model.PerformanceRecord;
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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The deputies service's API (and the handling units' names) as the console uses it, through the
 * gateway.
 */
@RegisterRestClient(configKey = "platform-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface DeputiesApi {

  /** Active deputies of a congress by name (the public directory: name and delegation only). */
  @GET
  @Path("/public/deputies")
  DirectoryEntry.Page directory(
      @QueryParam("congressId") String congressId,
      @QueryParam("q") String q,
      @QueryParam("limit") Integer limit);

  /** The calling deputy's own record; the console reads only the name. */
  @GET
  @Path("/deputies/me")
  Named me();

  /** Anything with a Chinese name the platform keeps (a deputy, a handling unit). */
  record Named(String name) {}

  /** A handling unit of the caller's congress by its code. */
  @GET
  @Path("/suggestion-departments/{code}")
  Named department(@PathParam("code") String code);

  /** A deputy's performance record (履职档案) for a year. */
  @GET
  @Path("/deputies/{deputyId}/performance-records/{year}")
  PerformanceRecord performance(@PathParam("deputyId") UUID deputyId, @PathParam("year") int year);

  /** Contact stations (联络站) of the caller's congress, by name. */
  @GET
  @Path("/contact-stations")
  ConstituentContacts.StationPage stations(@QueryParam("limit") Integer limit);

  /** A deputy's constituent contacts (联系群众), newest first. */
  @GET
  @Path("/deputies/{deputyId}/constituent-contacts")
  ConstituentContacts.ContactPage contacts(
      @PathParam("deputyId") UUID deputyId,
      @QueryParam("limit") Integer limit,
      @QueryParam("pageToken") String pageToken);

  /** Records an opinion a constituent gave the deputy; the same key records it once. */
  @POST
  @Path("/deputies/{deputyId}/constituent-contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  Response recordContact(
      @PathParam("deputyId") UUID deputyId,
      @HeaderParam(SuggestionsApi.IDEMPOTENCY_KEY) String idempotencyKey,
      Bodies.RecordConstituentContact contact);

  /** One constituent contact with its ETag (for If-Match on the link to a suggestion). */
  @GET
  @Path("/constituent-contacts/{id}")
  RestResponse<ConstituentContacts.Contact> contact(@PathParam("id") UUID id);

  /** Links the suggestion the contact became (citizen → deputy → department). */
  @PUT
  @Path("/constituent-contacts/{id}/suggestion")
  @Consumes(MediaType.APPLICATION_JSON)
  Response linkSuggestion(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      Bodies.LinkSuggestion link);

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
