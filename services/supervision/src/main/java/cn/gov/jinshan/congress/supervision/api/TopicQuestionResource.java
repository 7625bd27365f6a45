package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.QuestionResponse;
import cn.gov.jinshan.congress.supervision.service.AnswerQuestion;
import cn.gov.jinshan.congress.supervision.service.AskQuestion;
import cn.gov.jinshan.congress.supervision.service.QuestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 问: the questions asked at a topic's hearing and the departments' answers, numbered in order. Same
 * path as {@link TopicResource}; the routes of a topic are split by what they do.
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicQuestionResource {
  private final QuestionService questions;

  public TopicQuestionResource(QuestionService questions) {
    this.questions = questions;
  }

  @POST
  @Path("/{id}/questions")
  @RolesAllowed({Roles.COMMITTEE_MEMBER, Roles.STAFF})
  @Operation(summary = "Ask a question at the hearing (问)", description = "Numbered in order.")
  @APIResponseSchema(value = QuestionResponse.class, responseCode = "201")
  public Response ask(@PathParam("id") UUID id, @Valid @NotNull AskQuestion request) {
    var step = questions.ask(id, request);
    return Answers.created(QuestionResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @Path("/{id}/questions")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "Questions and answers in the order asked, paginated")
  public Page<QuestionResponse> questions(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    Integer after = Keyset.read(pageToken, KeyType.NUMBER).integer(0);
    var rows = questions.questions(id, after == null ? 0 : after, Keyset.fetchSize(size));
    return Page.of(rows, size, QuestionResponse::from, q -> Keyset.token(q.seq()));
  }

  @POST
  @Path("/{id}/questions/{questionId}/answer")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "The responsible department answers a question, once")
  @APIResponseSchema(value = QuestionResponse.class, responseCode = "200")
  public Response answer(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      @Valid @NotNull AnswerQuestion request) {
    var step = questions.answer(id, questionId, request);
    return Answers.ok(QuestionResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }
}
