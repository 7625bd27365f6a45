package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: a suggestion from deputy03's draft to closed, through the gateway: co-signers (two
 * accept, one declines), submit, register, assign to EDU, dept-edu signs for it, a reply without
 * contact refused, contact, reply, DISSATISFIED, re-handling, second reply, SATISFIED → CLOSED; the
 * reply on the public API, the performance records of the lead and the co-signers updated from
 * SuggestionSubmitted, and the full history in the audit ledger with a verifying chain.
 */
class SuggestionLifecycleIT {
  private static final int LEAD = 3;
  private static final int[] CO_SIGNERS = {4, 5};
  private static final int DECLINES = 6;
  private static final Duration EVENTS = Duration.ofSeconds(60);

  @Test
  void shouldTakeASuggestionFromDraftToClosedAndShowItEverywhere() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String lead = Users.deputy(LEAD);
    long submittedBefore = Performance.count(LEAD, "SUGGESTION_SUBMITTED");
    long cosignedBefore = Performance.count(CO_SIGNERS[0], "SUGGESTION_COSIGNED");
    long declinedBefore = Performance.count(DECLINES, "SUGGESTION_COSIGNED");

    // Draft; server-owned fields in the body are ignored or refused, never taken.
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("kind", "SUGGESTION");
    draft.put("title", "关于增加金山区中小学校课后托管服务名额的建议 " + run);
    draft.put("content", "目前部分学校课后托管名额不足，双职工家庭接送困难。建议：一、扩大托管名额；二、引入社会资源；三、加强安全管理。😀");
    draft.put("category", "EDUCATION");
    Map<String, Object> withServerFields = new LinkedHashMap<>(draft);
    withServerFields.put("state", "CLOSED");
    withServerFields.put("registrationNumber", "6-3-9999");
    withServerFields.put("leadDepartmentId", "EDU");
    withServerFields.put("congressId", "JS-ZHUJING");
    var created =
        Gateway.as(lead).body(withServerFields).post("/api/v1/suggestions").then().extract();
    String id;
    if (created.statusCode() == 201) {
      id = created.path("id");
      Gateway.as(lead)
          .get("/api/v1/suggestions/{id}", id)
          .then()
          .statusCode(200)
          .body("state", equalTo("DRAFT"))
          .body("registrationNumber", nullValue())
          .body("leadDepartmentId", nullValue())
          .body("congressId", equalTo("JS-DISTRICT"))
          .body("leadDeputy.id", equalTo(DevDeputies.id(LEAD).toString()));
    } else {
      assertThat(created.statusCode()).as("server-owned fields refused").isEqualTo(400);
      id =
          Gateway.as(lead)
              .body(draft)
              .post("/api/v1/suggestions")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    String item = id;

    Gateway.as(lead)
        .body(
            Map.of(
                "deputyIds",
                List.of(
                    DevDeputies.id(CO_SIGNERS[0]).toString(),
                    DevDeputies.id(CO_SIGNERS[1]).toString(),
                    DevDeputies.id(DECLINES).toString())))
        .post("/api/v1/suggestions/{id}/co-signers", item)
        .then()
        .statusCode(200);
    for (int n : CO_SIGNERS) {
      answer(item, n, true);
    }
    answer(item, DECLINES, false);
    // Nobody answers for someone else.
    Gateway.as(Users.deputy(7))
        .body(Map.of("accept", true))
        .post("/api/v1/suggestions/{id}/co-signers/{d}/answer", item, DevDeputies.id(DECLINES))
        .then()
        .statusCode(matchesStatus(403, 404));

    transition(lead, item, "submit", null).body("state", equalTo("SUBMITTED"));
    transition("staff1", item, "registration", null)
        .body("state", equalTo("REGISTERED"))
        .body("registrationNumber", matchesPattern("\\d+-\\d+-\\d{4}"));
    transition("staff1", item, "assignments", Map.of("leadDepartmentId", "EDU"))
        .body("state", equalTo("ASSIGNED"))
        .body("leadDepartmentId", equalTo("EDU"));

    // Another department sees nothing of it.
    Gateway.as("dept-health")
        .get("/api/v1/suggestions/{id}", item)
        .then()
        .statusCode(matchesStatus(403, 404))
        .contentType("application/problem+json");

    String task =
        Gateway.as("dept-edu")
            .get("/api/v1/suggestions/{id}/tasks", item)
            .then()
            .statusCode(200)
            .extract()
            .path("find { it.departmentId == 'EDU' }.id");
    Gateway.as("dept-edu")
        .post("/api/v1/suggestions/{id}/tasks/{t}/sign-for", item, task)
        .then()
        .statusCode(200);
    state(item).body("state", equalTo("IN_PROGRESS"));

    Map<String, Object> firstReply = new LinkedHashMap<>();
    firstReply.put("replyClass", "C");
    firstReply.put("text", "受场地和师资条件限制，拟在今后逐步扩大托管名额。");
    firstReply.put("publishable", true);
    firstReply.put("signedBy", "区教育局 王局长");
    Gateway.as("dept-edu")
        .body(firstReply)
        .post("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");

    Gateway.as("dept-edu")
        .body(
            Map.of(
                "contactedOn", LocalDate.now(Performance.CHINA).toString(),
                "way", "FACE_TO_FACE",
                "summary", "与领衔代表当面沟通托管需求和学校条件"))
        .post("/api/v1/suggestions/{id}/contacts", item)
        .then()
        .statusCode(201);
    Gateway.as("dept-edu")
        .body(firstReply)
        .post("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(201);
    state(item).body("state", equalTo("REPLIED"));

    transition(lead, item, "evaluation", Map.of("result", "DISSATISFIED", "comment", "答复未给出时间表"))
        .body("state", equalTo("REHANDLING"));

    Map<String, Object> secondReply = new LinkedHashMap<>();
    secondReply.put("replyClass", "A");
    secondReply.put("text", "经重新办理，已于本学期在全区12所学校新增托管名额1200个，问题已基本解决。");
    secondReply.put("publishable", true);
    secondReply.put("signedBy", "区教育局 王局长");
    Gateway.as("dept-edu")
        .body(secondReply)
        .post("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(201);
    transition(lead, item, "evaluation", Map.of("result", "SATISFIED", "comment", "满意"))
        .body("state", equalTo("CLOSED"))
        .body("finalEvaluation", equalTo("SATISFIED"));

    // Co-signers read both replies; the one who declined is not a co-signer.
    Gateway.as(Users.deputy(CO_SIGNERS[1]))
        .get("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(200)
        .body("$", hasSize(2));

    // The public reads the final reply: deputies by name and delegation only.
    String published =
        Gateway.anonymous()
            .get("/api/v1/public/suggestions/{id}", item)
            .then()
            .statusCode(200)
            .body("replyClass", equalTo("A"))
            .body("replyText", equalTo(secondReply.get("text")))
            .body("deputies", hasSize(3))
            .extract()
            .asString();
    assertThat(published).doesNotContain(DevDeputies.id(LEAD).toString(), "phone", "email");

    // Performance records: the lead's submission, the co-signers' co-signing, not the decliner's.
    assertThat(
            Poll.until(
                EVENTS,
                () -> Performance.count(LEAD, "SUGGESTION_SUBMITTED") >= submittedBefore + 1))
        .as("SUGGESTION_SUBMITTED on the lead's record")
        .isTrue();
    assertThat(
            Poll.until(
                EVENTS,
                () ->
                    Performance.count(CO_SIGNERS[0], "SUGGESTION_COSIGNED") >= cosignedBefore + 1))
        .as("SUGGESTION_COSIGNED on a co-signer's record")
        .isTrue();
    assertThat(Performance.count(DECLINES, "SUGGESTION_COSIGNED")).isEqualTo(declinedBefore);

    // The audit ledger has the whole history, once each, and the chain verifies.
    List<String> expected =
        List.of(
            "SuggestionSubmitted",
            "SuggestionRegistered",
            "SuggestionAssigned",
            "ContactRecorded",
            "SuggestionReplied",
            "SuggestionEvaluated",
            "SuggestionReplied",
            "SuggestionEvaluated",
            "SuggestionClosed");
    assertThat(
            Poll.until(
                EVENTS, () -> Audit.types(Audit.history("suggestion", item)).containsAll(expected)))
        .as("the suggestion's history in the audit ledger")
        .isTrue();
    var history = Audit.history("suggestion", item);
    assertThat(Audit.types(history))
        .as("in order, each event once")
        .containsSubsequence(expected)
        .filteredOn("SuggestionReplied"::equals)
        .hasSize(2);
    assertThat(history.stream().map(e -> e.get("eventId")).toList()).doesNotHaveDuplicates();
    Audit.assertChainVerifies(history);
  }

  private static org.hamcrest.Matcher<Integer> matchesStatus(int a, int b) {
    return org.hamcrest.Matchers.anyOf(equalTo(a), equalTo(b));
  }

  private static void answer(String item, int deputy, boolean accept) {
    Gateway.as(Users.deputy(deputy))
        .body(Map.of("accept", accept))
        .post("/api/v1/suggestions/{id}/co-signers/{d}/answer", item, DevDeputies.id(deputy))
        .then()
        .statusCode(200);
  }

  private static ValidatableResponse state(String item) {
    return Gateway.as("staff1").get("/api/v1/suggestions/{id}", item).then().statusCode(200);
  }

  /** A transition with the item's current ETag as If-Match. */
  static ValidatableResponse transition(
      String user, String item, String action, Map<String, Object> body) {
    String etag =
        Gateway.as(user)
            .get("/api/v1/suggestions/{id}", item)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    var spec = Gateway.as(user).header("If-Match", etag);
    if (body != null) {
      spec.body(body);
    }
    return spec.post("/api/v1/suggestions/{id}/" + action, item).then().statusCode(200);
  }
}
