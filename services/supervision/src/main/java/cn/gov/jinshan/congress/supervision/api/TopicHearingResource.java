package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.HearingResponse;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.service.HearingService;
import cn.gov.jinshan.congress.supervision.service.RecordAttendance;
import cn.gov.jinshan.congress.supervision.service.ScheduleHearing;
import cn.gov.jinshan.congress.supervision.service.SubmitReport;
import cn.gov.jinshan.congress.supervision.service.TopicStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 听: the hearing of a supervision topic at a Standing Committee meeting, the department's report to
 * it and the attendance. Same path as {@link TopicResource}; the routes of a topic are split by
 * what they do.
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicHearingResource {
  private final HearingService hearings;

  public TopicHearingResource(HearingService hearings) {
    this.hearings = hearings;
  }

  @POST
  @Path("/{id}/hearing")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Schedule the hearing: RESEARCH or RE_REPORT → HEARING",
      description = "A re-report must be heard at a later meeting than the previous one. If-Match.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "201")
  public Response scheduleHearing(
      @PathParam("id") UUID id,
      @Valid @NotNull ScheduleHearing request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    TopicStep<Hearing> step = hearings.scheduleHearing(id, request, ifMatch);
    return hearing(Response.Status.CREATED, step);
  }

  @GET
  @Path("/{id}/hearing")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The current hearing, or the given round")
  public HearingResponse hearing(
      @PathParam("id") UUID id, @QueryParam("round") @Min(1) Integer round) {
    return HearingResponse.from(hearings.hearing(id, round));
  }

  @GET
  @Path("/{id}/hearings")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "All hearing rounds (few per topic)")
  public List<HearingResponse> hearings(@PathParam("id") UUID id) {
    return hearings.hearings(id).stream().map(HearingResponse::from).toList();
  }

  @POST
  @Path("/{id}/hearing/report")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "The department submits its report to the hearing",
      description =
          "Only a responsible department, once per round, before attendance is recorded."
              + " Attachments are metadata only.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "200")
  public Response submitReport(@PathParam("id") UUID id, @Valid @NotNull SubmitReport request) {
    return hearing(Response.Status.OK, hearings.submitReport(id, request));
  }

  @POST
  @Path("/{id}/attendance")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Record the attendance: the hearing is held",
      description =
          "Members present may rate; deputies present are announced (AttendanceRecorded) for"
              + " their performance records. Once per hearing, after the report.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "200")
  public Response recordAttendance(
      @PathParam("id") UUID id, @Valid @NotNull RecordAttendance request) {
    return hearing(Response.Status.OK, hearings.recordAttendance(id, request));
  }

  private static Response hearing(Response.Status status, TopicStep<Hearing> step) {
    return Answers.of(status, HearingResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }
}
