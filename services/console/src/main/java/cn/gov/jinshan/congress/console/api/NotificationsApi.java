package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Notification;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
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

/**
 * The notifications service's API (the user's own inbox), through the gateway. Its own client
 * configuration has short timeouts: every page's header asks for the unread count, and a slow or
 * absent service must not slow the console down.
 */
@RegisterRestClient(configKey = "notifications-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationsApi {

  @GET
  Notification.Page list(
      @QueryParam("limit") Integer limit, @QueryParam("pageToken") String pageToken);

  @GET
  @Path("/unread-count")
  Notification.Unread unreadCount();

  @POST
  @Path("/{id}/read")
  Response markRead(@PathParam("id") UUID id);

  @POST
  @Path("/read-all")
  Response markAllRead();

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
