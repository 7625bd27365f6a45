package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.PlanResponse;
import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import cn.gov.jinshan.congress.supervision.service.CreatePlan;
import cn.gov.jinshan.congress.supervision.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/supervision-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision plans", description = "年度监督计划: one plan per congress and year")
public class PlanResource {
  private final PlanService plans;
  private final IdempotentRequests idempotent;

  public PlanResource(PlanService plans, IdempotentRequests idempotent) {
    this.plans = plans;
    this.idempotent = idempotent;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
  @Operation(
      summary = "List plans",
      description =
          "Newest year first; paginated. congressId (default: the caller's) reads a town congress"
              + " below the caller's with the cross_congress role.")
  public Page<PlanResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        plans.list(
            congressId, Keyset.read(pageToken, KeyType.NUMBER).integer(0), Keyset.fetchSize(size));
    return Page.of(rows, size, PlanResponse::from, p -> Keyset.token(p.year()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Create the plan of a year",
      description = "A second plan for the same year is a 409. Honours Idempotency-Key.")
  public Response create(
      @Valid @NotNull CreatePlan request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          SupervisionPlan plan = plans.create(request);
          return Answers.created(uri, plan.id(), PlanResponse.from(plan))
              .version(plan.version())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
  @Operation(summary = "One plan")
  public Response get(@PathParam("id") UUID id) {
    return ok(plans.readable(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Rename a plan", description = "The year cannot change. Requires If-Match.")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull CreatePlan request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(plans.rename(id, request, ifMatch));
  }

  private static Response ok(SupervisionPlan plan) {
    return Answers.ok(PlanResponse.from(plan)).version(plan.version()).build();
  }
}
