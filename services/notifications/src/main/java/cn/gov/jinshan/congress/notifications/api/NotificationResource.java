package cn.gov.jinshan.congress.notifications.api;

import cn.gov.jinshan.congress.notifications.api.dto.NotificationResponse;
import cn.gov.jinshan.congress.notifications.api.dto.ReadAllResponse;
import cn.gov.jinshan.congress.notifications.api.dto.UnreadCountResponse;
import cn.gov.jinshan.congress.notifications.domain.Notification;
import cn.gov.jinshan.congress.notifications.service.InboxService;
import cn.gov.jinshan.congress.notifications.service.LiveInbox;
import cn.gov.jinshan.congress.notifications.service.LiveSink;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own inbox: whoever is signed in (any role) reads and marks only the entries
 * addressed to them, in the congress their token names.
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications", description = "The caller's in-app inbox (站内通知)")
public class NotificationResource {
  private final InboxService inbox;
  private final LiveInbox live;
  private final CurrentUser user;
  private final ObjectMapper json;

  public NotificationResource(
      InboxService inbox, LiveInbox live, CurrentUser user, ObjectMapper json) {
    this.inbox = inbox;
    this.live = live;
    this.user = user;
    this.json = json;
  }

  @GET
  @Operation(
      summary = "List the caller's notifications",
      description =
          "Own entries only: unread first, then newest first. Paginated (limit 1-100, default"
              + " 20; pass nextPageToken back as pageToken).")
  public Page<NotificationResponse> list(
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    Keyset after = Keyset.read(pageToken, KeyType.NUMBER, KeyType.NUMBER);
    var rows = inbox.page(after.integer(0), after.number(1), Keyset.fetchSize(size));
    return Page.of(
        rows, size, NotificationResponse::from, n -> Keyset.token(n.unread() ? 1 : 0, n.seq()));
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of the caller's notifications are unread")
  public UnreadCountResponse unreadCount() {
    return new UnreadCountResponse(inbox.unreadCount());
  }

  @POST
  @Path("{id}/read")
  @Operation(
      summary = "Mark one of the caller's notifications read",
      description =
          "Idempotent: the first reading time is kept. 404 for an entry not the caller's.")
  @APIResponseSchema(NotificationResponse.class)
  public Response markRead(@PathParam("id") UUID id) {
    return Answers.ok(NotificationResponse.from(inbox.markRead(id))).build();
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all the caller's notifications read")
  @APIResponseSchema(ReadAllResponse.class)
  public Response markAllRead() {
    return Answers.ok(new ReadAllResponse(inbox.markAllRead())).build();
  }

  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Blocking
  @Operation(
      summary = "The caller's inbox live, as Server-Sent Events",
      description =
          "Events 'notification' (id = the entry's sequence, data = the entry as JSON) for each"
              + " new entry, and 'unread-count' (data {\"unread\": n}) on connecting and whenever"
              + " the count changes. Send Last-Event-ID (or lastEventId) to resume: the entries"
              + " after it are sent first.")
  public Multi<OutboundSseEvent> stream(
      @Context Sse sse,
      @HeaderParam("Last-Event-ID") String lastEventIdHeader,
      @QueryParam("lastEventId") String lastEventIdParam) {
    Long lastEventId = sequence(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam);
    String recipient = user.subject();
    String congressId = user.congressId();
    return Multi.createFrom()
        .emitter(
            emitter -> {
              Runnable disconnect =
                  live.connect(
                      recipient,
                      congressId,
                      lastEventId,
                      new LiveSink() {
                        @Override
                        public void entry(Notification entry) {
                          emitter.emit(entryEvent(sse, entry));
                        }

                        @Override
                        public void unreadCount(long unread) {
                          emitter.emit(countEvent(sse, unread));
                        }
                      });
              emitter.onTermination(disconnect);
            },
            BackPressureStrategy.BUFFER);
  }

  private static Long sequence(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seq = Long.parseLong(value.strip());
      if (seq < 0) {
        throw new NumberFormatException();
      }
      return seq;
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("last-event-id.invalid");
    }
  }

  private OutboundSseEvent entryEvent(Sse sse, Notification entry) {
    // no media type on the event: RESTEasy Reactive would then write a "content-type:" line,
    // which is not an SSE field; the data is JSON text, as the route's description says
    return sse.newEventBuilder()
        .id(Long.toString(entry.seq()))
        .name("notification")
        .data(String.class, write(NotificationResponse.from(entry)))
        .build();
  }

  private OutboundSseEvent countEvent(Sse sse, long unread) {
    return sse.newEventBuilder()
        .name("unread-count")
        .data(String.class, write(new UnreadCountResponse(unread)))
        .build();
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot be written as JSON", e);
    }
  }
}
