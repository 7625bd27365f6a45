package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.DutyResponse;
import cn.gov.jinshan.congress.deputies.api.dto.StationResponse;
import cn.gov.jinshan.congress.deputies.domain.ContactStation;
import cn.gov.jinshan.congress.deputies.domain.StationDuty;
import cn.gov.jinshan.congress.deputies.service.CreateStation;
import cn.gov.jinshan.congress.deputies.service.ScheduleDuty;
import cn.gov.jinshan.congress.deputies.service.StationService;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contact-stations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact stations", description = "基层实践站点、代表联络站、代表之家与值班安排")
public class StationResource {
  private final StationService stations;
  private final IdempotentRequests idempotent;

  public StationResource(StationService stations, IdempotentRequests idempotent) {
    this.stations = stations;
    this.idempotent = idempotent;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(summary = "Contact stations of the caller's congress, by name")
  public Page<StationResponse> list(
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    int size = Keyset.limit(limit);
    var rows = stations.page(after.text(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(rows, size, StationResponse::from, s -> Keyset.token(s.name(), s.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Create a contact station", description = "Honours Idempotency-Key.")
  public Response create(
      @Valid @NotNull CreateStation request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          ContactStation s = stations.create(request);
          return Answers.created(uri, s.id(), StationResponse.from(s)).version(s.version()).build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(summary = "One contact station")
  public Response get(@PathParam("id") UUID id) {
    ContactStation s = stations.get(id);
    return Answers.ok(StationResponse.from(s)).version(s.version()).build();
  }

  @GET
  @Path("/{id}/duties")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(summary = "The duty roster between two dates (at most 366 days)")
  public List<DutyResponse> roster(
      @PathParam("id") UUID id,
      @QueryParam("from") @NotNull LocalDate from,
      @QueryParam("to") @NotNull LocalDate to) {
    return stations.roster(id, from, to).stream().map(DutyResponse::from).toList();
  }

  @POST
  @Path("/{id}/duties")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Put a deputy on duty at the station on a date (once per date)",
      description = "Honours Idempotency-Key.")
  public Response schedule(
      @PathParam("id") UUID id,
      @Valid @NotNull ScheduleDuty request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          var scheduled = stations.schedule(id, request);
          StationDuty duty = scheduled.duty();
          // a duty is never changed; the station's ETag and link serve the next step
          return Answers.created(uri, duty.id(), DutyResponse.from(duty))
              .version(scheduled.station().version())
              .up("/api/v1/contact-stations/" + id)
              .build();
        });
  }
}
