package cn.gov.jinshan.congress.notifications.api;

import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.service.PreferenceService;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notification preferences (nobody reads or writes another's). */
@Path("/api/v1/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notification preferences", description = "通知设置: channels, daily digest, quiet hours")
public class NotificationPreferenceResource {
  private final PreferenceService preferences;
  private final CurrentUser user;

  public NotificationPreferenceResource(PreferenceService preferences, CurrentUser user) {
    this.preferences = preferences;
    this.user = user;
  }

  @GET
  @Operation(
      summary = "My notification preferences",
      description = "The configured defaults (ETag \"0\") until the caller stores their own.")
  public Response get() {
    Preferences p = preferences.of(user.subject(), user.congressId());
    return Answers.ok(PreferencesBody.from(p)).version(p.version()).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace my notification preferences",
      description = "Requires If-Match with the ETag last read (428 without, 412 when stale).")
  public Response replace(
      @Valid @NotNull PreferencesBody request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Preferences p =
        preferences.replace(user.subject(), user.congressId(), request.toPreferences(), ifMatch);
    return Answers.ok(PreferencesBody.from(p)).version(p.version()).build();
  }
}
