package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Rounds;
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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The voting service's API as a deputy uses it, through the gateway. */
@RegisterRestClient(configKey = "platform-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1/livelihood-rounds")
@Produces(MediaType.APPLICATION_JSON)
public interface VotingApi {

  @GET
  Rounds.RoundPage rounds(@QueryParam("limit") Integer limit);

  @GET
  @Path("/{id}")
  Rounds.Round round(@PathParam("id") UUID id);

  /** The ballot's candidates (status SHORTLISTED), in proposal order. */
  @GET
  @Path("/{id}/candidates")
  Rounds.CandidatePage candidates(
      @PathParam("id") UUID id,
      @QueryParam("status") String status,
      @QueryParam("limit") Integer limit);

  @POST
  @Path("/{id}/check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  Response checkIn(@PathParam("id") UUID id, Rounds.CheckIn checkIn);

  @POST
  @Path("/{id}/ballots")
  @Consumes(MediaType.APPLICATION_JSON)
  Rounds.Receipt cast(@PathParam("id") UUID id, Rounds.Ballot ballot);

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
