package cn.gov.jinshan.congress.supervision.service;

import static cn.gov.jinshan.congress.testing.TestEvents.envelope;
import static cn.gov.jinshan.congress.testing.TestEvents.producer;
import static cn.gov.jinshan.congress.testing.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.voting.ProgressReported;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Follow-up subjects from the voting and suggestions topics, through the real broker, with the
 * relay's structured-CloudEvents header; each event has its effect once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubjectEventsTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Test
  void shouldTrackSelectedProjectsAndProgressOnceEvenWhenRedelivered() throws Exception {
    TestCongress congress = TestCongress.create();
    String round = UUID.randomUUID().toString();
    String project = UUID.randomUUID().toString();
    EventEnvelope selected =
        envelope(
            EventTypes.typeOf(ProjectsSelected.class),
            round,
            congress.id,
            EventJson.mapper()
                .valueToTree(
                    new ProjectsSelected(
                        round,
                        congress.id,
                        2026,
                        List.of(
                            new ProjectsSelected.SelectedProject(
                                project,
                                UUID.randomUUID().toString(),
                                "新建朱泾镇社区养老服务综合体",
                                "MZJ",
                                251)),
                        null,
                        Instant.parse("2026-01-16T03:00:00Z"))));
    EventEnvelope progress =
        envelope(
            EventTypes.typeOf(ProgressReported.class),
            project,
            congress.id,
            EventJson.mapper()
                .valueToTree(
                    new ProgressReported(
                        UUID.randomUUID().toString(),
                        project,
                        round,
                        congress.id,
                        "MZJ",
                        40,
                        Instant.parse("2026-06-30T02:00:00Z"))));
    publish(Topics.VOTING, round, selected);
    publish(Topics.VOTING, round, selected); // redelivery: same id
    publish(Topics.VOTING, project, progress);
    publish(Topics.VOTING, project, progress);

    awaitSubjects(congress, "LIVELIHOOD_PROJECT", 1);
    String id = onlySubject(congress, "LIVELIHOOD_PROJECT");
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    congress
                            .staff()
                            .get("/api/v1/supervision-subjects/" + id)
                            .then()
                            .extract()
                            .<List<?>>path("history")
                            .size()
                        >= 2))
        .isTrue();
    // a marker on the same partitions after the duplicates: once it has its effect, they were read
    publish(Topics.VOTING, round, selected("marker-" + round, round, congress.id));
    awaitSubjects(congress, "LIVELIHOOD_PROJECT", 2);
    congress
        .staff()
        .get("/api/v1/supervision-subjects/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("新建朱泾镇社区养老服务综合体"))
        .body("departmentId", equalTo("MZJ"))
        .body("progressPercent", equalTo(40))
        .body("history", hasSize(2));
  }

  @Test
  void shouldTrackKeySupervisedSuggestionsAndTheirReplies() throws Exception {
    TestCongress congress = TestCongress.create();
    String suggestion = UUID.randomUUID().toString();
    EventEnvelope marked =
        envelope(
            "congress.suggestions.KeySupervisionMarked.v1",
            suggestion,
            congress.id,
            EventJson.mapper()
                .valueToTree(
                    Map.of(
                        "suggestionId", suggestion,
                        "congressId", congress.id,
                        "registrationNumber", "6-3-0123",
                        "title", "关于加快推进农村公路提档升级的建议",
                        "supervisingLeader", "副主任 陈某",
                        "leadDepartmentId", "JTW",
                        "markedAt", "2026-03-01T02:00:00Z")));
    EventEnvelope replied =
        envelope(
            "congress.suggestions.SuggestionReplied.v1",
            suggestion,
            congress.id,
            EventJson.mapper()
                .valueToTree(
                    Map.of(
                        "suggestionId",
                        suggestion,
                        "congressId",
                        congress.id,
                        "departmentId",
                        "JTW",
                        "round",
                        0,
                        "replyClass",
                        "B",
                        "repliedAt",
                        "2026-05-20T02:00:00Z")));
    publish(Topics.SUGGESTIONS, suggestion, marked);
    publish(Topics.SUGGESTIONS, suggestion, replied);
    publish(Topics.SUGGESTIONS, suggestion, replied);
    // a reply to a suggestion not under key supervision creates nothing
    String other = UUID.randomUUID().toString();
    publish(
        Topics.SUGGESTIONS,
        other,
        envelope(
            "congress.suggestions.SuggestionReplied.v1",
            other,
            congress.id,
            EventJson.mapper()
                .valueToTree(Map.of("suggestionId", other, "congressId", congress.id))));

    awaitSubjects(congress, "KEY_SUGGESTION", 1);
    String id = onlySubject(congress, "KEY_SUGGESTION");
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    "REPLIED"
                        .equals(
                            congress
                                .staff()
                                .get("/api/v1/supervision-subjects/" + id)
                                .then()
                                .extract()
                                .path("status"))))
        .isTrue();
    congress
        .staff()
        .get("/api/v1/supervision-subjects/" + id)
        .then()
        .body("supervisor", equalTo("副主任 陈某"))
        .body("sourceLabel", equalTo("重点督办建议"))
        .body("history", hasSize(2));
  }

  @Test
  void shouldSendUnreadableEventToDeadLetterTopic() throws Exception {
    String key = UUID.randomUUID().toString();
    String broken =
        "{\"specversion\":\"1.0\",\"id\":\""
            + key
            + "\",\"source\":\"/congress/suggestions\",\"type\":"
            + "\"congress.suggestions.KeySupervisionMarked.v1\",\"data\":{\"title\":\"缺少编号\"}}";
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.SUGGESTIONS, key, broken)).get();
    }
    var dead =
        TopicReader.awaitRecords(
            Topics.deadLetterOf(Topics.SUPERVISION), r -> key.equals(r.key()), 1, DEADLINE);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).isEqualTo(broken);
  }

  private static EventEnvelope selected(String project, String round, String congressId) {
    return envelope(
        EventTypes.typeOf(ProjectsSelected.class),
        round,
        congressId,
        EventJson.mapper()
            .valueToTree(
                new ProjectsSelected(
                    round,
                    congressId,
                    2026,
                    List.of(new ProjectsSelected.SelectedProject(project, "c", "标记项目", "X", 1)),
                    null,
                    Instant.now())));
  }

  private static void awaitSubjects(TestCongress congress, String source, int count) {
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    congress
                            .staff()
                            .queryParam("source", source)
                            .get("/api/v1/supervision-subjects")
                            .then()
                            .extract()
                            .<List<?>>path("items")
                            .size()
                        >= count))
        .as("%d subjects of %s", count, source)
        .isTrue();
  }

  private static String onlySubject(TestCongress congress, String source) {
    return congress
        .staff()
        .queryParam("source", source)
        .get("/api/v1/supervision-subjects")
        .then()
        .extract()
        .path("items[0].id");
  }
}
