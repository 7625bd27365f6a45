package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.DirectoryEntry;
import cn.gov.jinshan.congress.console.api.model.PerformanceRecord;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

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

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
