package cn.gov.jinshan.congress.audit.api;

import cn.gov.jinshan.congress.audit.api.dto.EntryResponse;
import cn.gov.jinshan.congress.audit.service.AppendedEntry;
import cn.gov.jinshan.congress.audit.service.EntryFilter;
import cn.gov.jinshan.congress.audit.service.LiveStream;
import cn.gov.jinshan.congress.audit.service.StreamSink;
import cn.gov.jinshan.congress.audit.service.StreamSubscriber;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit/stream")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Audit")
public class StreamResource {
  private final LiveStream stream;
  private final CurrentUser user;
  private final ObjectMapper json;

  public StreamResource(LiveStream stream, CurrentUser user, ObjectMapper json) {
    this.stream = stream;
    this.user = user;
    this.json = json;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Blocking
  @Operation(
      summary = "New ledger entries as Server-Sent Events",
      description =
          "Each event has id = the sequence number, name 'entry' and the entry as JSON data;"
              + " filters as on /events. Send Last-Event-ID (or lastEventId) to resume: the"
              + " entries missed are replayed first. A client that does not keep up is"
              + " disconnected and resumes the same way.")
  public Multi<OutboundSseEvent> stream(
      @Context Sse sse,
      @HeaderParam("Last-Event-ID") String lastEventIdHeader,
      @QueryParam("lastEventId") String lastEventIdParam,
      @QueryParam("eventId") String eventId,
      @QueryParam("type") String type,
      @QueryParam("subject") String subject,
      @QueryParam("actor") String actor,
      @QueryParam("source") String source,
      @QueryParam("topic") String topic,
      @QueryParam("congressId") String congressId) {
    EntryFilter filter =
        new EntryFilter(
            Params.congress(user, congressId),
            Params.text(eventId),
            Params.text(type),
            Params.text(subject),
            Params.text(actor),
            Params.text(source),
            Params.text(topic),
            null,
            null);
    Long header = Params.number(lastEventIdHeader, "Last-Event-ID");
    Long lastEventId = header != null ? header : Params.number(lastEventIdParam, "lastEventId");
    Multi<AppendedEntry> entries =
        Multi.createFrom()
            .emitter(emitter -> connect(emitter, filter, lastEventId), BackPressureStrategy.ERROR);
    return entries.map(e -> event(sse, e));
  }

  private void connect(
      MultiEmitter<? super AppendedEntry> emitter, EntryFilter filter, Long lastEventId) {
    StreamSubscriber subscriber =
        stream.subscribe(
            filter,
            lastEventId,
            new StreamSink() {
              @Override
              public long requested() {
                return emitter.requested();
              }

              @Override
              public void send(AppendedEntry entry) {
                emitter.emit(entry);
              }

              @Override
              public void close() {
                emitter.complete();
              }
            });
    emitter.onRequest(n -> subscriber.drain());
    emitter.onTermination(subscriber::drop);
    subscriber.drain();
  }

  private OutboundSseEvent event(Sse sse, AppendedEntry entry) {
    try {
      return sse.newEventBuilder()
          .id(Long.toString(entry.content().seq()))
          .name("entry")
          // no media type on the event: RESTEasy Reactive would then write a "content-type:" line,
          // which is not an SSE field; the data is JSON text, as the route's description says
          .data(String.class, json.writeValueAsString(EntryResponse.from(entry)))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("entry cannot be written as JSON", e);
    }
  }
}
