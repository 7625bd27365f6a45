package cn.gov.jinshan.congress.console.notifications;

import cn.gov.jinshan.congress.console.api.NotificationsApi;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.model.Notification;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.Fmt;
import cn.gov.jinshan.congress.console.view.Notices;
import cn.gov.jinshan.congress.console.web.ItemLinks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The user's notifications: a page at a time (the API's keyset token), unread ones first on each
 * page, each linking to its item in the user's workspace; marking one or all as read.
 */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationsResource {
  private static final Logger LOG = Logger.getLogger(NotificationsResource.class);
  static final int PAGE_SIZE = 20;

  /** What the inbox says when the notifications service cannot answer. */
  static final String UNAVAILABLE = "通知暂时无法显示，请稍后再试。";

  private final NotificationsApi notifications;
  private final Viewer viewer;
  private final UnreadCounts counts;
  private final SecurityIdentity identity;

  public NotificationsResource(
      @RestClient NotificationsApi notifications,
      Viewer viewer,
      UnreadCounts counts,
      SecurityIdentity identity) {
    this.notifications = notifications;
    this.viewer = viewer;
    this.counts = counts;
    this.identity = identity;
  }

  /** One notification as the inbox lists it, with the console's address of its item. */
  public record Row(Notification notification, String link) {
    public String day() {
      return Fmt.day(notification.createdAt());
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inbox(
        List<Row> rows, String pageToken, String nextPageToken, boolean available, String notice);
  }

  @GET
  public Response inbox(@RestQuery String pageToken, @RestQuery String notice) {
    String token = pageToken == null || pageToken.isBlank() ? null : pageToken;
    Notification.Page page;
    try {
      page = notifications.list(PAGE_SIZE, token);
    } catch (PlatformProblem | jakarta.ws.rs.ProcessingException e) {
      if (e instanceof PlatformProblem refused && refused.status() == 400) {
        throw refused; // a token that is not one: the bad request page
      }
      LOG.debugf("inbox unavailable: %s", e.toString());
      return Response.status(503)
          .entity(Templates.inbox(List.of(), token, null, false, UNAVAILABLE))
          .build();
    }
    List<Row> rows =
        page.itemList().stream()
            .sorted(Comparator.comparing(Notification::read)) // stable: newest first within each
            .map(n -> new Row(n, link(n)))
            .toList();
    return Response.ok(
            Templates.inbox(rows, token, page.nextPageToken(), true, Notices.text(notice)))
        .build();
  }

  @POST
  @Path("{id}/read")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response markRead(@RestPath UUID id, @RestForm String pageToken) {
    notifications.markRead(id);
    counts.forget(identity.getPrincipal().getName());
    String back =
        pageToken == null || pageToken.isBlank() ? "" : "?pageToken=" + Fmt.query(pageToken);
    return Response.seeOther(URI.create("/notifications" + back)).build();
  }

  @POST
  @Path("read-all")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response markAllRead() {
    notifications.markAllRead();
    counts.forget(identity.getPrincipal().getName());
    return Response.seeOther(URI.create("/notifications?notice=read-all")).build();
  }

  /** The page of what the notification is about, in the user's own workspace. */
  private String link(Notification n) {
    return n.itemId() == null ? null : ItemLinks.of(viewer, n.kind(), n.itemId().toString());
  }
}
