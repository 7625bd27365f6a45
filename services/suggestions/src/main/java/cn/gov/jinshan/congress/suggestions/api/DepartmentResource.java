package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.api.dto.DepartmentResponse;
import cn.gov.jinshan.congress.suggestions.domain.Department;
import cn.gov.jinshan.congress.suggestions.service.DepartmentService;
import cn.gov.jinshan.congress.suggestions.service.RegisterDepartment;
import cn.gov.jinshan.congress.suggestions.service.UpdateDepartment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The handling units (承办单位) of the caller's congress: reference data kept by administrators. */
@Path("/api/v1/suggestion-departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "承办单位: the units items are assigned to")
public class DepartmentResource {
  private final DepartmentService departments;
  private final IdempotentRequests idempotent;

  public DepartmentResource(DepartmentService departments, IdempotentRequests idempotent) {
    this.departments = departments;
    this.idempotent = idempotent;
  }

  @GET
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "List handling units",
      description =
          "The units of the caller's congress by code, for pickers: active=true lists those that"
              + " take new items, active=false the deactivated ones, no value all. Keyset paged:"
              + " pass nextPageToken back as pageToken.")
  public Page<DepartmentResponse> list(
      @QueryParam("active") Boolean active,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") @Size(max = 200) String pageToken) {
    int size = Keyset.limit(limit);
    String after = Keyset.read(pageToken, KeyType.TEXT).text(0);
    return Page.of(
        departments.list(active, after, Keyset.fetchSize(size)),
        size,
        DepartmentResponse::from,
        d -> Keyset.token(d.code()));
  }

  @GET
  @Path("/{code}")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "One handling unit", description = "By its code; with its ETag.")
  public Response get(@PathParam("code") @Size(max = 50) String code) {
    return ok(departments.get(code));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Register a handling unit",
      description =
          "Administrators only. The code is what department logins carry (department_id) and"
              + " assignments name; a code in use is a 409. Honours Idempotency-Key.")
  public Response create(
      @Valid @NotNull RegisterDepartment request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Department d = departments.register(request);
          return Answers.created(uri, d.code(), DepartmentResponse.from(d))
              .version(d.version())
              .build();
        });
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Change a handling unit",
      description =
          "Administrators only; requires If-Match (428 without, 412 stale). Names, kind,"
              + " contacts and whether it is active; the code stays.")
  public Response update(
      @PathParam("code") @Size(max = 50) String code,
      @Valid @NotNull UpdateDepartment request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(departments.update(code, request, ifMatch));
  }

  @POST
  @Path("/{code}/deactivation")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Deactivate a handling unit",
      description =
          "Administrators only; If-Match checked when sent. The unit takes no new items (an"
              + " assignment to it is a 422); what it handled keeps its name.")
  public Response deactivate(
      @PathParam("code") @Size(max = 50) String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(departments.deactivate(code, ifMatch));
  }

  private static Response ok(Department d) {
    return Answers.ok(DepartmentResponse.from(d)).version(d.version()).build();
  }
}
