package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aMotion;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.accept;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.invite;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole lifecycle of domain.md §2 against the real PostgreSQL and Kafka, events in order. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LifecycleTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  @Test
  void shouldRunSuggestionFromDraftToClosedThroughRehandlingWithEveryEventInOrder() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies("张伟", "李娜");
    UUID lead = deputies.get(0);
    UUID coSigner = deputies.get(1);
    String leadToken = congress.deputyToken(lead);
    String transport = congress.departmentToken("JT-" + congress.id);
    String finance = congress.departmentToken("CZ-" + congress.id);

    UUID id = draft(leadToken, aSuggestion());
    invite(leadToken, id, List.of(coSigner));
    accept(congress.deputyToken(coSigner), id, coSigner);
    post(leadToken, BASE + "/" + id + "/submit", null)
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"));
    post(congress.staffToken, BASE + "/" + id + "/registration", null)
        .statusCode(200)
        .body("state", equalTo("REGISTERED"))
        .body("registrationNumber", equalTo("6-3-0001"));
    congress.department("JT-" + congress.id);
    congress.department("CZ-" + congress.id);
    var assigned =
        post(
                congress.staffToken,
                BASE + "/" + id + "/assignments",
                Map.of(
                    "leadDepartmentId",
                    "JT-" + congress.id,
                    "coHandlerDepartmentIds",
                    List.of("CZ-" + congress.id)))
            .statusCode(200)
            .body("state", equalTo("ASSIGNED"))
            .body("tasks", hasSize(2))
            .body("dueOn", equalTo(LocalDate.parse(TODAY).plusMonths(3).toString()))
            .extract();
    String leadTask = assigned.path("tasks.find { it.role == 'LEAD' }.id");
    String coTask = assigned.path("tasks.find { it.role == 'CO_HANDLER' }.id");

    post(transport, BASE + "/" + id + "/tasks/" + leadTask + "/sign-for", null)
        .statusCode(200)
        .body("state", equalTo("SIGNED"));
    get(leadToken, BASE + "/" + id).body("state", equalTo("IN_PROGRESS"));
    post(finance, BASE + "/" + id + "/tasks/" + coTask + "/sign-for", null).statusCode(200);
    post(
            transport,
            BASE + "/" + id + "/contacts",
            Map.of("contactedOn", TODAY, "way", "FACE_TO_FACE", "summary", "与张伟代表当面沟通路况"))
        .statusCode(201);
    post(finance, BASE + "/" + id + "/tasks/" + coTask + "/opinion", Map.of("text", "资金可纳入下年度预算"))
        .statusCode(200)
        .body("state", equalTo("OPINION_GIVEN"));
    post(
            transport,
            BASE + "/" + id + "/replies",
            Map.of(
                "replyClass", "B",
                "text", "已列入2026年农村公路提档升级计划",
                "publishable", true,
                "promisedOn", "2026-12-31",
                "signedBy", "王局长"))
        .statusCode(201)
        .body("round", equalTo(0))
        .body("onTime", equalTo(true));
    // the co-signer reads the reply
    get(congress.deputyToken(coSigner), BASE + "/" + id + "/replies")
        .statusCode(200)
        .body("replyClass", equalTo(List.of("B")));
    post(
            leadToken,
            BASE + "/" + id + "/evaluation",
            Map.of("result", "DISSATISFIED", "comment", "进度太慢"))
        .statusCode(200)
        .body("state", equalTo("REHANDLING"))
        .body("dueOn", equalTo(LocalDate.parse(TODAY).plusMonths(1).toString()));
    post(
            transport,
            BASE + "/" + id + "/replies",
            Map.of(
                "replyClass", "A",
                "text", "已完成路面拓宽",
                "publishable", true,
                "signedBy", "王局长"))
        .statusCode(201)
        .body("round", equalTo(1));
    post(leadToken, BASE + "/" + id + "/evaluation", Map.of("result", "SATISFIED"))
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("finalEvaluation", equalTo("SATISFIED"));

    assertThat(eventTypes(id.toString(), 11))
        .containsExactly(
            "CoSignersInvited",
            "SuggestionSubmitted",
            "SuggestionRegistered",
            "SuggestionAssigned",
            "ContactRecorded",
            "SuggestionReplied",
            "SuggestionEvaluated",
            "SuggestionReplied",
            "SuggestionEvaluated",
            "SuggestionClosed");
  }

  /**
   * Create and submit answer from the transaction that wrote the item, without reading it back:
   * what they answer, ETag included, is what a later read of the item shows.
   */
  @Test
  void shouldAnswerCreateAndSubmitWithWhatALaterReadShows() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies("王芳", "刘洋");
    String leadToken = congress.deputyToken(deputies.get(0));

    var created = post(leadToken, BASE, aSuggestion().build()).statusCode(201).extract();
    UUID id = UUID.fromString(created.path("id"));
    var read = get(leadToken, BASE + "/" + id).statusCode(200).extract();
    assertThat(created.header("ETag")).isEqualTo(read.header("ETag"));
    assertThat(created.body().jsonPath().getMap("")).isEqualTo(read.body().jsonPath().getMap(""));

    invite(leadToken, id, List.of(deputies.get(1)));
    accept(congress.deputyToken(deputies.get(1)), id, deputies.get(1));
    var submitted = post(leadToken, BASE + "/" + id + "/submit", null).statusCode(200).extract();
    read = get(leadToken, BASE + "/" + id).statusCode(200).extract();
    assertThat(submitted.header("ETag"))
        .isEqualTo(read.header("ETag"))
        .isNotEqualTo(created.header("ETag"));
    assertThat(submitted.body().jsonPath().getMap("")).isEqualTo(read.body().jsonPath().getMap(""));
    assertThat(submitted.body().jsonPath().getList("coSigners.deputy.name")).containsExactly("刘洋");
  }

  @Test
  void shouldAcceptMotionWithTenSignersAndConvertAnotherToLinkedSuggestion() {
    TestCongress congress = TestCongress.create();
    String[] names = new String[10];
    Arrays.setAll(names, i -> "代表" + i);
    List<UUID> deputies = congress.deputies(names);
    UUID lead = deputies.get(0);
    String leadToken = congress.deputyToken(lead);
    List<UUID> others = new ArrayList<>(deputies.subList(1, 10));

    UUID accepted = draft(leadToken, aMotion().titled("关于制定农村生活污水治理办法的议案"));
    UUID converted = draft(leadToken, aMotion().titled("关于加强河道保洁的议案"));
    for (UUID motion : List.of(accepted, converted)) {
      invite(leadToken, motion, others);
      others.forEach(d -> accept(congress.deputyToken(d), motion, d));
      post(leadToken, BASE + "/" + motion + "/submit", null)
          .statusCode(200)
          .body("state", equalTo("SUBMITTED"));
    }

    post(congress.staffToken, "/api/v1/motions/" + accepted + "/acceptance", null)
        .statusCode(200)
        .body("state", equalTo("ACCEPTED"));
    String suggestion =
        post(congress.staffToken, "/api/v1/motions/" + converted + "/conversion", null)
            .statusCode(201)
            .body("kind", equalTo("SUGGESTION"))
            .body("state", equalTo("SUBMITTED"))
            .body("convertedFromId", equalTo(converted.toString()))
            .body("coSigners", hasSize(9))
            .extract()
            .path("id");
    get(congress.staffToken, BASE + "/" + converted)
        .body("state", equalTo("CONVERTED"))
        .body("convertedToId", equalTo(suggestion));
    post(congress.staffToken, BASE + "/" + suggestion + "/registration", null)
        .statusCode(200)
        .body("registrationNumber", matchesPattern("6-3-\\d{4}"))
        .body("convertedFromId", notNullValue());

    assertThat(eventTypes(accepted.toString(), 3))
        .containsExactly("CoSignersInvited", "SuggestionSubmitted", "MotionAccepted");
    assertThat(eventTypes(converted.toString(), 3))
        .containsExactly("CoSignersInvited", "SuggestionSubmitted", "MotionConverted");
  }

  /** The types on the topic for one item (its key), read until {@code count} or a quiet period. */
  static List<String> eventTypes(String key, int atLeast) {
    return TopicReader.read(
            Topics.SUGGESTIONS,
            r -> key.equals(r.key()),
            kept -> kept.size() >= atLeast,
            Duration.ofSeconds(15))
        .stream()
        .map(r -> envelope(r.value()).type())
        .map(t -> t.replace("congress.suggestions.", "").replace(".v1", ""))
        .toList();
  }

  private static EventEnvelope envelope(String json) {
    try {
      return EventJson.mapper().readValue(json, EventEnvelope.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
