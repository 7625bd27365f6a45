package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.supervision.api.dto.EvaluationResponse;
import cn.gov.jinshan.congress.supervision.api.dto.PublicTopicResponse;
import cn.gov.jinshan.congress.supervision.api.dto.PublicTopicResponse.PublicOpinion;
import cn.gov.jinshan.congress.supervision.api.dto.PublicTopicResponse.PublicResult;
import cn.gov.jinshan.congress.supervision.domain.EvaluationStatus;
import cn.gov.jinshan.congress.supervision.domain.EvaluationSubject;
import cn.gov.jinshan.congress.supervision.domain.Grade;
import cn.gov.jinshan.congress.supervision.domain.Labelled;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.domain.VisitKind;
import cn.gov.jinshan.congress.supervision.service.PublicService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may read: the plans' topics, opinions and published evaluation results. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class PublicResource {
  private final PublicService published;

  public PublicResource(PublicService published) {
    this.published = published;
  }

  @GET
  @Path("/supervision-topics")
  @Operation(
      summary = "Published supervision topics",
      description = "Of one congress (default the district's); title substring search.")
  public Page<PublicTopicResponse> topics(
      @QueryParam("congressId") @DefaultValue("JS-DISTRICT") @Pattern(regexp = "[A-Za-z0-9-]{1,40}")
          String congressId,
      @QueryParam("q") @Size(max = 50) String q,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    String title = q == null || q.isBlank() ? null : q.strip();
    var rows =
        published.topics(
            congressId,
            title,
            Keyset.read(pageToken, KeyType.UUID).uuid(0),
            Keyset.fetchSize(size));
    return Page.of(
        rows, size, t -> PublicTopicResponse.from(t, null, null), t -> Keyset.token(t.id()));
  }

  @GET
  @Path("/supervision-topics/{id}")
  @Operation(summary = "One topic with its opinions and satisfaction results (counts and outcome)")
  public PublicTopicResponse topic(
      @PathParam("id") UUID id,
      @QueryParam("congressId") @DefaultValue("JS-DISTRICT") @Pattern(regexp = "[A-Za-z0-9-]{1,40}")
          String congressId) {
    PublicService.Published p = published.topic(congressId, id);
    return PublicTopicResponse.from(
        p.topic(),
        p.opinions().stream()
            .map(
                o ->
                    new PublicOpinion(
                        o.hearingRound(), o.text(), o.issuedOn(), o.rectificationDeadline()))
            .toList(),
        p.results().stream()
            .filter(e -> e.status() == EvaluationStatus.COMPLETED)
            .map(
                e ->
                    new PublicResult(
                        e.subject().name(),
                        e.subject().label(),
                        e.meetingDate(),
                        EvaluationResponse.Counts.of(e),
                        e.outcome().name(),
                        e.outcome().label()))
            .toList());
  }

  @GET
  @Path("/supervision-codes")
  @Operation(summary = "Codes and Chinese labels: topic kinds and states, grades, outcomes")
  public Map<String, Map<String, String>> codes() {
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    codes.put("topicKind", labels(TopicKind.values()));
    codes.put("topicStatus", labels(TopicStatus.values()));
    codes.put("visitKind", labels(VisitKind.values()));
    codes.put("grade", labels(Grade.values()));
    codes.put("evaluationSubject", labels(EvaluationSubject.values()));
    codes.put("outcome", labels(Outcome.values()));
    codes.put("subjectSource", labels(SubjectSource.values()));
    return codes;
  }

  private static Map<String, String> labels(Labelled[] values) {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> labels.put(v.name(), v.label()));
    return labels;
  }
}
