package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.aMotion;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.accept;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.invite;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.TopicReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each rule of domain.md §2 with a test that fails when the rule breaks. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HandlingRulesTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  @Test
  void shouldRefuseIllegalTransitionsNamingTheCurrentState() {
    Flow flow = Flow.create().drafted();
    post(flow.congress.staffToken, BASE + "/" + flow.id + "/registration", null)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("code", equalTo("invalid-state"))
        .body("detail", containsString("DRAFT"));
    post(flow.leadToken, BASE + "/" + flow.id + "/submit", null).statusCode(200);
    post(flow.leadToken, BASE + "/" + flow.id + "/submit", null)
        .statusCode(409)
        .body("detail", containsString("SUBMITTED"));
    given()
        .auth()
        .oauth2(flow.leadToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"*\"".replace("\"", ""))
        .body(aSuggestion().titled("改标题").build())
        .put(BASE + "/" + flow.id)
        .then()
        .statusCode(409)
        .body("detail", containsString("SUBMITTED"));
    post(flow.congress.staffToken, "/api/v1/motions/" + flow.id + "/acceptance", null)
        .statusCode(409)
        .body("detail", containsString("SUGGESTION"));
    post(flow.leadToken, BASE + "/" + flow.id + "/evaluation", Map.of("result", "SATISFIED"))
        .statusCode(409)
        .body("detail", containsString("SUBMITTED"));
  }

  @Test
  void shouldLetReturnedItemBeEditedAndResubmitted() {
    Flow flow = Flow.create().submitted();
    post(flow.congress.staffToken, BASE + "/" + flow.id + "/return", Map.of("reason", "请补充具体措施"))
        .statusCode(200)
        .body("state", equalTo("RETURNED"))
        .body("returnReason", equalTo("请补充具体措施"));
    String etag = get(flow.leadToken, BASE + "/" + flow.id).extract().header("ETag");
    given()
        .auth()
        .oauth2(flow.leadToken)
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(aSuggestion().content("补充：建议分三年完成提档升级。").build())
        .put(BASE + "/" + flow.id)
        .then()
        .statusCode(200)
        .body("content", equalTo("补充：建议分三年完成提档升级。"));
    post(flow.leadToken, BASE + "/" + flow.id + "/submit", null)
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"));
  }

  @Test
  void shouldRequireIfMatchToEditDraft() {
    Flow flow = Flow.create().drafted();
    given()
        .auth()
        .oauth2(flow.leadToken)
        .contentType(ContentType.JSON)
        .body(aSuggestion().build())
        .put(BASE + "/" + flow.id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(flow.leadToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"99\"")
        .body(aSuggestion().build())
        .put(BASE + "/" + flow.id)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldRefuseServerOwnedFieldsInBody() {
    TestCongress congress = TestCongress.create();
    UUID lead = congress.deputy("陈静");
    post(
            congress.deputyToken(lead),
            BASE,
            aSuggestion()
                .with("state", "CLOSED")
                .with("registrationNumber", "6-3-9999")
                .with("dueOn", "2030-01-01")
                .with("leadDepartmentId", "X")
                .build())
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "errors.field",
            org.hamcrest.Matchers.containsInAnyOrder(
                "dueOn", "leadDepartmentId", "registrationNumber", "state"));
  }

  @Test
  void shouldRefuseMotionWithFewerThanTenSigners() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies("甲", "乙", "丙");
    String leadToken = congress.deputyToken(deputies.get(0));
    UUID motion = draft(leadToken, aMotion());
    invite(leadToken, motion, deputies.subList(1, 3));
    accept(congress.deputyToken(deputies.get(1)), motion, deputies.get(1));
    accept(congress.deputyToken(deputies.get(2)), motion, deputies.get(2));
    post(leadToken, BASE + "/" + motion + "/submit", null)
        .statusCode(422)
        .contentType(PROBLEM)
        .body("detail", containsString("10"))
        .body("detail", containsString("3"));
  }

  @Test
  void shouldLetOnlyActiveDeputiesSubmitAndCoSign() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies("周敏", "吴刚");
    UUID lead = deputies.get(0);
    UUID suspended = deputies.get(1);
    UUID id = draft(congress.deputyToken(lead), aSuggestion());
    invite(congress.deputyToken(lead), id, List.of(suspended));
    congress.changeStatus(suspended, "SUSPENDED");

    post(
            congress.deputyToken(suspended),
            BASE + "/" + id + "/co-signers/" + suspended + "/answer",
            Map.of("accept", true))
        .statusCode(422)
        .body("detail", containsString("SUSPENDED"));
    post(congress.deputyToken(suspended), BASE, aSuggestion().build()).statusCode(422);
    post(
            congress.deputyToken(lead),
            BASE + "/" + id + "/co-signers",
            Map.of("deputyIds", List.of(UUID.randomUUID())))
        .statusCode(422);
    congress.changeStatus(lead, "TERMINATED");
    post(congress.deputyToken(lead), BASE + "/" + id + "/submit", null).statusCode(422);
  }

  @Test
  void shouldRefuseReplyWithoutRecordedContact() {
    Flow flow = Flow.create().inProgress();
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/replies",
            Map.of("replyClass", "A", "text", "已解决", "publishable", true, "signedBy", "王局长"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("detail", containsString("contact"));
    // a co-handler's contact does not count for the lead department
    post(
            flow.coDeptToken,
            BASE + "/" + flow.id + "/contacts",
            Map.of("contactedOn", today().toString(), "way", "PHONE", "summary", "协办单位电话"))
        .statusCode(201);
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/replies",
            Map.of("replyClass", "A", "text", "已解决", "publishable", true, "signedBy", "王局长"))
        .statusCode(422);
  }

  @Test
  void shouldRequirePromisedDateForClassBAndLeadOnlyReplies() {
    Flow flow = Flow.create().inProgress().contacted(today().toString());
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/replies",
            Map.of("replyClass", "B", "text", "列入计划", "publishable", true, "signedBy", "王局长"))
        .statusCode(422)
        .body("detail", containsString("promisedOn"));
    post(
            flow.coDeptToken,
            BASE + "/" + flow.id + "/replies",
            Map.of("replyClass", "A", "text", "协办答复", "publishable", true, "signedBy", "李处长"))
        .statusCode(403);
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/contacts",
            // the day after tomorrow: tomorrow passes in today's last minutes (the skew tolerance)
            Map.of("contactedOn", today().plusDays(2).toString(), "way", "PHONE", "summary", "x"))
        .statusCode(422);
  }

  @Test
  void shouldAllowSendBackOnlyWithinTenDays() {
    Flow flow = Flow.create().assigned();
    clock.advance(Duration.ofDays(11));
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/tasks/" + flow.leadTask + "/send-back",
            Map.of("reason", "非本单位职责"))
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"));
    clock.reset();

    Flow second = flow.another().assigned();
    post(
            second.leadDeptToken,
            BASE + "/" + second.id + "/tasks/" + second.leadTask + "/send-back",
            Map.of("reason", "非本单位职责"))
        .statusCode(200)
        .body("state", equalTo("SENT_BACK"));
    get(second.congress.staffToken, BASE + "/" + second.id)
        .body("state", equalTo("REGISTERED"))
        .body("leadDepartmentId", equalTo(null));
    // the department that sent it back no longer sees it
    get(second.leadDeptToken, BASE + "/" + second.id).statusCode(404);
    second.congress.department("NY-" + second.congress.id);
    post(
            second.congress.staffToken,
            BASE + "/" + second.id + "/assignments",
            Map.of("leadDepartmentId", "NY-" + second.congress.id))
        .statusCode(200)
        .body("state", equalTo("ASSIGNED"));
  }

  @Test
  void shouldCapExtensionsAtSixMonthsInTotal() {
    Flow flow = Flow.create().inProgress();
    String tooLate = today().plusMonths(6).plusDays(1).toString();
    String request =
        post(
                flow.leadDeptToken,
                BASE + "/" + flow.id + "/extension-requests",
                Map.of("newDueOn", tooLate, "reason", "需跨年度实施"))
            .statusCode(201)
            .extract()
            .path("id");
    post(
            flow.congress.staffToken,
            BASE + "/" + flow.id + "/extension-requests/" + request + "/decision",
            Map.of("approve", true))
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"));

    String ok = today().plusMonths(5).toString();
    String second =
        post(
                flow.leadDeptToken,
                BASE + "/" + flow.id + "/extension-requests",
                Map.of("newDueOn", ok, "reason", "需跨年度实施"))
            .statusCode(201)
            .extract()
            .path("id");
    post(
            flow.coDeptToken,
            BASE + "/" + flow.id + "/extension-requests",
            Map.of("newDueOn", ok, "reason", "x"))
        .statusCode(403);
    post(
            flow.congress.staffToken,
            BASE + "/" + flow.id + "/extension-requests/" + second + "/decision",
            Map.of("approve", true))
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    get(flow.leadToken, BASE + "/" + flow.id).body("dueOn", equalTo(ok));

    // only the approval that took effect is announced, with the deadline now in force
    List<JsonNode> decided = extensionDecisions(flow.id.toString(), 1);
    assertThat(decided).hasSize(1);
    assertThat(decided.get(0).get("requestId").asText()).isEqualTo(second);
    assertThat(decided.get(0).get("approved").asBoolean()).isTrue();
    assertThat(decided.get(0).get("dueOn").asText()).isEqualTo(ok);
  }

  @Test
  void shouldAnnounceARejectedExtensionWithTheDeadlineUnchanged() {
    Flow flow = Flow.create().inProgress();
    String dueBefore = get(flow.leadToken, BASE + "/" + flow.id).extract().path("dueOn");
    String request =
        post(
                flow.leadDeptToken,
                BASE + "/" + flow.id + "/extension-requests",
                Map.of("newDueOn", today().plusMonths(4).toString(), "reason", "需跨年度实施"))
            .statusCode(201)
            .extract()
            .path("id");
    post(
            flow.congress.staffToken,
            BASE + "/" + flow.id + "/extension-requests/" + request + "/decision",
            Map.of("approve", false))
        .statusCode(200)
        .body("status", equalTo("REJECTED"));

    List<JsonNode> decided = extensionDecisions(flow.id.toString(), 1);
    assertThat(decided).hasSize(1);
    assertThat(decided.get(0).get("approved").asBoolean()).isFalse();
    assertThat(decided.get(0).get("dueOn").asText()).isEqualTo(dueBefore);
  }

  /** The ExtensionDecided payloads on the topic for one item, read until {@code count} arrived. */
  private static List<JsonNode> extensionDecisions(String key, int count) {
    return TopicReader.read(
            Topics.SUGGESTIONS,
            r -> key.equals(r.key()) && r.value().contains("ExtensionDecided"),
            kept -> kept.size() >= count,
            Duration.ofSeconds(15))
        .stream()
        .map(r -> data(r.value()))
        .toList();
  }

  private static JsonNode data(String envelope) {
    try {
      return EventJson.mapper().readTree(envelope).get("data");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldRehandleOnlyTheConfiguredNumberOfRounds() {
    Flow flow = Flow.create().inProgress().contacted(today().toString()).reply("C");
    flow.evaluate("DISSATISFIED");
    get(flow.leadToken, BASE + "/" + flow.id).body("state", equalTo("REHANDLING"));
    flow.reply("C");
    post(flow.leadToken, BASE + "/" + flow.id + "/evaluation", Map.of("result", "DISSATISFIED"))
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("finalEvaluation", equalTo("DISSATISFIED"));
    get(flow.leadToken, BASE + "/" + flow.id + "/replies").body("$", hasSize(2));
  }

  @Test
  void shouldCountMissedEvaluationAsNotEvaluated() {
    Flow flow = Flow.create().inProgress().contacted(today().toString()).reply("A");
    String due = get(flow.leadToken, BASE + "/" + flow.id).extract().path("evaluationDueOn");
    // 20 working days: at least 26 calendar days later (four weekends)
    org.assertj.core.api.Assertions.assertThat(LocalDate.parse(due))
        .isAfterOrEqualTo(today().plusDays(26));
    post(flow.congress.staffToken, BASE + "/" + flow.id + "/closure", null).statusCode(422);
    clock.advance(Duration.ofDays(60));
    post(flow.leadToken, BASE + "/" + flow.id + "/evaluation", Map.of("result", "SATISFIED"))
        .statusCode(422);
    post(flow.congress.staffToken, BASE + "/" + flow.id + "/closure", null)
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("finalEvaluation", equalTo("NOT_EVALUATED"));
  }

  @Test
  void shouldMarkReplyOnTimeOnlyBeforeTheDeadline() {
    Flow flow = Flow.create().inProgress().contacted(today().toString());
    clock.advance(Duration.ofDays(100));
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/replies",
            Map.of("replyClass", "A", "text", "已解决", "publishable", true, "signedBy", "王局长"))
        .statusCode(201)
        .body("onTime", equalTo(false));
  }

  @Test
  void shouldFollowUpClassBUntilFulfilled() {
    Flow flow =
        Flow.create().inProgress().contacted(today().toString()).reply("B").evaluate("SATISFIED");
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/follow-ups",
            Map.of("fulfilledOn", today().toString()))
        .statusCode(200)
        .body("fulfilledOn", equalTo(today().toString()));
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/follow-ups",
            Map.of("fulfilledOn", today().toString()))
        .statusCode(409);
  }

  @Test
  void shouldMergeAndLetEachAuthorReadTheReply() {
    Flow target = Flow.create().assigned();
    TestCongress congress = target.congress;
    UUID other = congress.deputy("孙丽");
    UUID merged = draft(congress.deputyToken(other), aSuggestion().titled("关于农村道路拓宽的建议"));
    post(congress.deputyToken(other), BASE + "/" + merged + "/submit", null).statusCode(200);
    post(
            congress.staffToken,
            BASE + "/" + merged + "/merge",
            Map.of("intoId", target.id.toString()))
        .statusCode(200)
        .body("state", equalTo("MERGED"))
        .body("mergedIntoId", equalTo(target.id.toString()));
    post(
            target.leadDeptToken,
            BASE + "/" + target.id + "/tasks/" + target.leadTask + "/sign-for",
            null)
        .statusCode(200);
    target.contacted(today().toString()).reply("A");

    get(congress.deputyToken(other), BASE + "/" + merged + "/replies")
        .statusCode(200)
        .body("replyClass", equalTo(List.of("A")));
    get(congress.deputyToken(other), BASE + "/" + target.id).statusCode(200);
  }

  @Test
  void shouldMarkKeySupervisionOnlyOnRegisteredItems() {
    Flow flow = Flow.create().submitted();
    given()
        .auth()
        .oauth2(flow.congress.staffToken)
        .contentType(ContentType.JSON)
        .body(Map.of("supervisingLeader", "李明"))
        .put(BASE + "/" + flow.id + "/key-supervision")
        .then()
        .statusCode(409);
    post(flow.congress.staffToken, BASE + "/" + flow.id + "/registration", null).statusCode(200);
    given()
        .auth()
        .oauth2(flow.congress.staffToken)
        .contentType(ContentType.JSON)
        .body(Map.of("supervisingLeader", "李明"))
        .put(BASE + "/" + flow.id + "/key-supervision")
        .then()
        .statusCode(200)
        .body("keySupervised", equalTo(true))
        .body("supervisingLeader", equalTo("李明"));
    get(flow.congress.staffToken, BASE + "?key=true")
        .body("items.id", equalTo(List.of(flow.id.toString())));
  }
}
