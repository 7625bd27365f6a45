package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.api.dto.InspectionResponse;
import cn.gov.jinshan.congress.voting.api.dto.MilestoneResponse;
import cn.gov.jinshan.congress.voting.api.dto.ProgressReportResponse;
import cn.gov.jinshan.congress.voting.api.dto.ProjectResponse;
import cn.gov.jinshan.congress.voting.api.dto.RatingsResponse;
import cn.gov.jinshan.congress.voting.domain.Inspection;
import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import cn.gov.jinshan.congress.voting.domain.Milestone;
import cn.gov.jinshan.congress.voting.domain.ProgressReport;
import cn.gov.jinshan.congress.voting.domain.Rating;
import cn.gov.jinshan.congress.voting.service.PlanMilestone;
import cn.gov.jinshan.congress.voting.service.ProjectService;
import cn.gov.jinshan.congress.voting.service.ProjectService.OnProject;
import cn.gov.jinshan.congress.voting.service.RateProject;
import cn.gov.jinshan.congress.voting.service.RecordInspection;
import cn.gov.jinshan.congress.voting.service.ReportProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Selected projects: milestones, progress reports, inspections, year-end ratings. */
@Path("/api/v1/livelihood-projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Livelihood projects", description = "实施: milestones, progress, inspections, ratings")
public class ProjectResource {
  private final ProjectService projects;

  public ProjectResource(ProjectService projects) {
    this.projects = projects;
  }

  @GET
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(
      summary = "List projects",
      description =
          "Optionally of one round; a department sees the projects it is responsible for."
              + " congressId (default: the caller's) reads a town congress below the caller's with the"
              + " cross_congress role.")
  public Page<ProjectResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("roundId") UUID roundId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        projects.list(
            congressId,
            roundId,
            Keyset.read(pageToken, KeyType.UUID).uuid(0),
            Keyset.fetchSize(size));
    return Page.of(rows, size, ProjectResponse::from, p -> Keyset.token(p.id()));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "One project")
  public Response get(@PathParam("id") UUID id) {
    LivelihoodProject p = projects.get(id);
    return Answers.ok(ProjectResponse.from(p)).version(p.version()).build();
  }

  @GET
  @Path("/{id}/milestones")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "Milestones of a project")
  public Page<MilestoneResponse> milestones(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        projects.milestones(
            id, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, MilestoneResponse::from, m -> Keyset.token(m.id()));
  }

  @POST
  @Path("/{id}/milestones")
  @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT})
  @Operation(
      summary = "Plan a milestone",
      description = "Staff or the responsible department, while IMPLEMENTING.")
  public Response planMilestone(@PathParam("id") UUID id, @Valid @NotNull PlanMilestone request) {
    Milestone m = projects.planMilestone(id, request);
    return Answers.created(MilestoneResponse.from(m)).version(m.version()).build();
  }

  @POST
  @Path("/{id}/milestones/{milestoneId}/completion")
  @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT})
  @Operation(
      summary = "Mark a milestone done",
      description = "doneOn cannot lie in the future (422). Requires If-Match.")
  public Response completeMilestone(
      @PathParam("id") UUID id,
      @PathParam("milestoneId") UUID milestoneId,
      @Valid @NotNull Completion request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Milestone m = projects.completeMilestone(id, milestoneId, request.doneOn(), ifMatch);
    return Answers.ok(MilestoneResponse.from(m)).version(m.version()).build();
  }

  /** When a milestone was reached. */
  public record Completion(@NotNull LocalDate doneOn) {}

  @GET
  @Path("/{id}/progress-reports")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "Progress reports of a project")
  public Page<ProgressReportResponse> reports(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        projects.reports(id, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, ProgressReportResponse::from, r -> Keyset.token(r.id()));
  }

  @POST
  @Path("/{id}/progress-reports")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Report progress",
      description =
          "Only the responsible department, while IMPLEMENTING: percentage, narrative. The answer"
              + " carries the project's new ETag (the report updates its progress).")
  public Response report(@PathParam("id") UUID id, @Valid @NotNull ReportProgress request) {
    OnProject<ProgressReport> reported = projects.reportProgress(id, request);
    return created(id, reported.projectVersion(), ProgressReportResponse.from(reported.value()));
  }

  @GET
  @Path("/{id}/inspections")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "Deputies' inspection comments")
  public Page<InspectionResponse> inspections(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        projects.inspections(
            id, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, InspectionResponse::from, r -> Keyset.token(r.id()));
  }

  @POST
  @Path("/{id}/inspections")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Record an inspection (视察) and comment",
      description = "inspectedOn cannot lie in the future (422).")
  public Response inspect(@PathParam("id") UUID id, @Valid @NotNull RecordInspection request) {
    OnProject<Inspection> inspected = projects.inspect(id, request);
    return created(id, inspected.projectVersion(), InspectionResponse.from(inspected.value()));
  }

  @GET
  @Path("/{id}/ratings")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.COMMITTEE_MEMBER, Roles.AUDITOR})
  @Operation(summary = "Year-end rating results of a project")
  public RatingsResponse ratings(@PathParam("id") UUID id) {
    LivelihoodProject p = projects.get(id);
    return RatingsResponse.of(p.id(), p.title(), projects.ratings(id));
  }

  @POST
  @Path("/{id}/ratings")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Rate a project at year end",
      description =
          "SATISFIED / BASICALLY_SATISFIED / DISSATISFIED, once per deputy and project, while"
              + " EVALUATING.")
  public Response rate(@PathParam("id") UUID id, @Valid @NotNull RateProject request) {
    OnProject<Instant> rated = projects.rate(id, request);
    return created(
        id,
        rated.projectVersion(),
        new RatingResponse(id, request.rating(), request.rating().label(), rated.value()));
  }

  /** The caller's own year-end rating, as recorded. */
  public record RatingResponse(
      UUID projectId, Rating rating, String ratingLabel, Instant ratedAt) {}

  /**
   * 201 for a record made under a project: the record, the project's ETag and a link to the
   * project, so that the next step on it needs no read first.
   */
  private static Response created(UUID projectId, long projectVersion, Object entity) {
    return Answers.created(entity)
        .version(projectVersion)
        .link("/api/v1/livelihood-projects/" + projectId, "project")
        .build();
  }
}
