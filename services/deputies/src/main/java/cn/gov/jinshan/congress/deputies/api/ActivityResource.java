package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.ActivityResponse;
import cn.gov.jinshan.congress.deputies.domain.Activity;
import cn.gov.jinshan.congress.deputies.service.ActivityService;
import cn.gov.jinshan.congress.deputies.service.PerformanceRecord;
import cn.gov.jinshan.congress.deputies.service.RecordActivity;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deputies/{deputyId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
@Tag(name = "Activities", description = "履职活动与履职档案")
public class ActivityResource {
  private final ActivityService activities;
  private final IdempotentRequests idempotent;

  public ActivityResource(ActivityService activities, IdempotentRequests idempotent) {
    this.activities = activities;
    this.idempotent = idempotent;
  }

  @GET
  @Path("/activities")
  @Operation(summary = "A deputy's activities, newest first")
  public Page<ActivityResponse> list(
      @PathParam("deputyId") UUID deputyId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Keyset after = Keyset.read(pageToken, KeyType.DATE, KeyType.UUID);
    int size = Keyset.limit(limit);
    var rows = activities.page(deputyId, after.date(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(rows, size, ActivityResponse::from, a -> Keyset.token(a.occurredOn(), a.id()));
  }

  @POST
  @Path("/activities")
  @Operation(
      summary = "Record an activity",
      description =
          "A deputy records their own inspections, research, training, station duty and"
              + " thematic actions; staff record any kind for anyone.")
  public Response record(
      @PathParam("deputyId") UUID deputyId,
      @Valid @NotNull RecordActivity request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          var recorded = activities.record(deputyId, request);
          Activity a = recorded.activity();
          // an activity is never changed; the deputy's ETag and link serve the next step
          return Answers.created(uri, a.id(), ActivityResponse.from(a))
              .version(recorded.deputy().version())
              .up("/api/v1/deputies/" + recorded.deputy().id())
              .build();
        });
  }

  @GET
  @Path("/performance-records/{year}")
  @Operation(summary = "The yearly performance record (履职档案) with its score")
  public PerformanceRecord performance(
      @PathParam("deputyId") UUID deputyId, @PathParam("year") @Min(2000) @Max(2100) int year) {
    return activities.performanceRecord(deputyId, year);
  }
}
