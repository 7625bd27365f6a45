package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Ballots;
import cn.gov.jinshan.congress.console.api.model.PublicReply;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The platform's public APIs (no login), through the gateway. */
@RegisterRestClient(configKey = "platform-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicApi {

  @GET
  @Path("/suggestions")
  PublicReply.Page replies(
      @QueryParam("congressId") String congressId, @QueryParam("limit") Integer limit);

  @GET
  @Path("/livelihood-rounds")
  Ballots.PublicRoundPage rounds(
      @QueryParam("congressId") String congressId,
      @QueryParam("limit") Integer limit,
      @QueryParam("pageToken") String pageToken);

  @GET
  @Path("/livelihood-rounds/{id}/result")
  Ballots.Result result(@PathParam("id") UUID round);

  @GET
  @Path("/livelihood-rounds/{id}/board")
  Ballots.BoardPage board(@PathParam("id") UUID round, @QueryParam("limit") Integer limit);

  @POST
  @Path("/livelihood-rounds/{id}/receipt-lookups")
  @Consumes(MediaType.APPLICATION_JSON)
  Ballots.BoardEntry lookup(@PathParam("id") UUID round, Ballots.ReceiptLookup receipt);

  @GET
  @Path("/livelihood-rounds/{id}/projects")
  List<Ballots.RatedProject> projects(@PathParam("id") UUID round);

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
