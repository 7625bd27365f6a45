package cn.gov.jinshan.congress.audit.api;

import cn.gov.jinshan.congress.audit.api.dto.EntryResponse;
import cn.gov.jinshan.congress.audit.api.dto.StatisticsResponse;
import cn.gov.jinshan.congress.audit.domain.LedgerEntry;
import cn.gov.jinshan.congress.audit.service.AuditQueryService;
import cn.gov.jinshan.congress.audit.service.EntryFilter;
import cn.gov.jinshan.congress.audit.service.ExportService;
import cn.gov.jinshan.congress.audit.service.VerificationReport;
import cn.gov.jinshan.congress.audit.service.VerificationService;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Audit", description = "审计：事件账本的查询、校验与导出")
public class AuditResource {
  /** The media type of exports: JSON Lines. */
  public static final String JSON_LINES = "application/jsonl";

  private final AuditQueryService queries;
  private final VerificationService verification;
  private final ExportService exports;
  private final CurrentUser user;
  private final Clock clock;
  private final PlatformZone platformZone;

  public AuditResource(
      AuditQueryService queries,
      VerificationService verification,
      ExportService exports,
      CurrentUser user,
      Clock clock,
      PlatformZone platformZone) {
    this.queries = queries;
    this.verification = verification;
    this.exports = exports;
    this.user = user;
    this.clock = clock;
    this.platformZone = platformZone;
  }

  @GET
  @Path("/events")
  @Operation(
      summary = "Ledger entries, newest first",
      description =
          "Filter by event type, subject (aggregate id), actor, source, topic and event time"
              + " [from, to); order=asc lists oldest first. Entries of the caller's congress; an"
              + " admin may pass congressId.")
  public Page<EntryResponse> list(
      @QueryParam("eventId") String eventId,
      @QueryParam("type") String type,
      @QueryParam("subject") String subject,
      @QueryParam("actor") String actor,
      @QueryParam("source") String source,
      @QueryParam("topic") String topic,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("order") String order,
      @QueryParam("congressId") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    EntryFilter filter =
        new EntryFilter(
            Params.congress(user, congressId),
            Params.text(eventId),
            Params.text(type),
            Params.text(subject),
            Params.text(actor),
            Params.text(source),
            Params.text(topic),
            Params.instant(from, "from"),
            Params.instant(to, "to"));
    boolean ascending = ascending(order);
    int size = Keyset.limit(limit);
    List<LedgerEntry> rows =
        queries.page(
            filter,
            ascending,
            Keyset.read(pageToken, KeyType.NUMBER).number(0),
            Keyset.fetchSize(size));
    return Page.of(rows, size, EntryResponse::from, e -> Keyset.token(e.seq()));
  }

  @GET
  @Path("/events/{seq}")
  @Operation(summary = "One ledger entry, with the record exactly as received")
  public EntryResponse get(
      @PathParam("seq") long seq, @QueryParam("congressId") String congressId) {
    return EntryResponse.withRaw(queries.get(Params.congress(user, congressId), seq));
  }

  @GET
  @Path("/aggregates/{type}/{id}")
  @Operation(
      summary = "Everything that happened to one aggregate, in order",
      description =
          "type is the producing context (deputies, suggestions, supervision, voting, gateway)"
              + " or an aggregate name (suggestion, motion, deputy, topic, ballot, project …);"
              + " id is the aggregate id (the events' subject).")
  public Page<EntryResponse> history(
      @PathParam("type") String type,
      @PathParam("id") String id,
      @QueryParam("congressId") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    List<LedgerEntry> rows =
        queries.history(
            Params.congress(user, congressId),
            type,
            id,
            Keyset.read(pageToken, KeyType.NUMBER).number(0),
            Keyset.fetchSize(size));
    return Page.of(rows, size, EntryResponse::from, e -> Keyset.token(e.seq()));
  }

  @GET
  @Path("/statistics")
  @Operation(
      summary = "Entries per event type and day",
      description = "Days [from, to] in the platform's zone (default the last 30 days).")
  public StatisticsResponse statistics(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("congressId") String congressId) {
    ZoneId zone = platformZone.id();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate end = Params.date(to, "to", today);
    LocalDate start = Params.date(from, "from", end.minusDays(29));
    String congress = Params.congress(user, congressId);
    return new StatisticsResponse(
        congress, start, end, zone.getId(), queries.statistics(congress, start, end));
  }

  @GET
  @Path("/verification")
  @Operation(
      summary = "Verify the hash chain",
      description =
          "Walks [from, to] (default: the whole ledger) from the nearest signed checkpoint and"
              + " reports OK or the first sequence number that does not verify, with the reason.")
  public VerificationReport verify(@QueryParam("from") String from, @QueryParam("to") String to) {
    return verification.verify(Params.number(from, "from"), Params.number(to, "to"));
  }

  @GET
  @Path("/exports")
  @Produces({JSON_LINES, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Export a range of the ledger as JSON Lines",
      description =
          "Every line is one entry with its hashed fields, prevHash and hash; verify it offline"
              + " with cn.gov.jinshan.congress.audit.tools.VerifyExport (docs/notes/audit.md).")
  public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
    ExportService.Range range = exports.range(Params.number(from, "from"), Params.number(to, "to"));
    StreamingOutput body = out -> exports.write(range, out);
    return Response.ok(body, JSON_LINES)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"audit-" + range.from() + "-" + range.to() + ".jsonl\"")
        .build();
  }

  private static boolean ascending(String order) {
    if (order == null || order.isBlank() || order.equalsIgnoreCase("desc")) {
      return false;
    }
    if (order.equalsIgnoreCase("asc")) {
      return true;
    }
    throw ProblemException.badRequest("malformed-parameter", "order");
  }
}
