package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.testing.Poll;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A department's own office system takes part with client credentials only: the EDU system ({@code
 * dept-edu-system}, no person behind its token) does the department's whole part of a suggestion's
 * lifecycle through the gateway, exactly as dept-edu's people do, and is refused what they are
 * refused.
 *
 * <p>Item A: assigned to EDU; the system finds it in its list, signs for it, asks for a later
 * deadline (staff approve), is refused a reply before a contact (422, as people are), records a
 * contact, replies, attaches a file to its reply; the lead deputy reads both and closes the item
 * satisfied. The ledger names the system's service account as the actor of the reply. Item B:
 * assigned to EDU, the system sends it back (退办) with a reason, staff reassign it to HEALTH, and
 * from then on it is absent for the EDU system (404, not in its list) while the HEALTH system reads
 * it. Staff-only and deputy-only routes answer 403.
 */
class DepartmentSystemIT {
  private static final String SYSTEM = "dept-edu-system";
  private static final String OTHER_SYSTEM = "dept-health-system";
  private static final int LEAD = 14;
  private static final Duration EVENTS = Duration.ofSeconds(60);
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Test
  void shouldLetTheDepartmentsSystemDoItsWholePartWithClientCredentialsOnly() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String lead = Users.deputy(LEAD);
    String item = assignedToEdu(lead, "关于学校周边增设护学岗的建议 " + run);

    // It learns of the item from its list, like a department's person.
    assertThat(listed(SYSTEM)).as("the EDU system's list").contains(item);
    String task = eduTask(item);
    Gateway.as(SYSTEM)
        .post("/api/v1/suggestions/{id}/tasks/{t}/sign-for", item, task)
        .then()
        .statusCode(200)
        .body("state", equalTo("SIGNED"));
    state(item).body("state", equalTo("IN_PROGRESS"));

    // A later deadline: asked by the system, decided by staff.
    LocalDate due = LocalDate.parse(state(item).extract().path("dueOn"));
    String request =
        Gateway.as(SYSTEM)
            .body(
                Map.of("newDueOn", due.plusMonths(1).toString(), "reason", "需协调多所学校和交警部门，申请延期一个月"))
            .post("/api/v1/suggestions/{id}/extension-requests", item)
            .then()
            .statusCode(201)
            .body("departmentId", equalTo("EDU"))
            .extract()
            .path("id");
    Gateway.as("staff1")
        .body(Map.of("approve", true))
        .post("/api/v1/suggestions/{id}/extension-requests/{r}/decision", item, request)
        .then()
        .statusCode(200);
    state(item).body("dueOn", equalTo(due.plusMonths(1).toString()));

    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("replyClass", "A");
    reply.put("text", "已在全区12所小学门口设置护学岗，由学校、交警和志愿者共同值守。");
    reply.put("publishable", true);
    reply.put("signedBy", "区教育局 王局长");
    Gateway.as(SYSTEM)
        .body(reply)
        .post("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    Gateway.as(SYSTEM)
        .body(
            Map.of(
                "contactedOn", LocalDate.now(Performance.CHINA).toString(),
                "way", "PHONE",
                "summary", "电话联系领衔代表，说明护学岗设置方案"))
        .post("/api/v1/suggestions/{id}/contacts", item)
        .then()
        .statusCode(201);
    String replyId =
        Gateway.as(SYSTEM)
            .body(reply)
            .post("/api/v1/suggestions/{id}/replies", item)
            .then()
            .statusCode(201)
            .body("departmentId", equalTo("EDU"))
            .extract()
            .path("id");
    String attachment =
        Gateway.as(SYSTEM)
            .contentType("multipart/form-data")
            .multiPart("file", "护学岗分布图.png", PNG, "image/png")
            .multiPart("replyId", replyId)
            .post("/api/v1/suggestions/{id}/attachments", item)
            .then()
            .statusCode(201)
            .body("replyId", equalTo(replyId))
            .extract()
            .path("id");
    state(item).body("state", equalTo("REPLIED"));

    // The lead deputy reads the system's reply and its file, and closes the item.
    Gateway.as(lead)
        .get("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(200)
        .body("find { it.id == '" + replyId + "' }.text", equalTo(reply.get("text")));
    Gateway.as(lead)
        .get("/api/v1/suggestions/{id}/attachments", item)
        .then()
        .statusCode(200)
        .body("find { it.id == '" + attachment + "' }.replyId", equalTo(replyId))
        .body("find { it.id == '" + attachment + "' }.uploadedBy", equalTo(Jwt.subject(SYSTEM)));
    byte[] downloaded =
        Gateway.as(lead)
            .accept("*/*")
            .get("/api/v1/suggestions/{id}/attachments/{a}", item, attachment)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(downloaded).isEqualTo(PNG);
    SuggestionLifecycleIT.transition(
            lead, item, "evaluation", Map.of("result", "SATISFIED", "comment", "满意"))
        .body("state", equalTo("CLOSED"));

    // What people may not do, the system may not do either: staff's and the deputy's routes.
    Gateway.as(SYSTEM)
        .body(Map.of("leadDepartmentId", "HEALTH"))
        .post("/api/v1/suggestions/{id}/assignments", item)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Gateway.as(SYSTEM)
        .body(Map.of("result", "SATISFIED", "comment", "系统代评"))
        .post("/api/v1/suggestions/{id}/evaluation", item)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    for (String staffOnly :
        List.of("/api/v1/suggestion-statistics", "/api/v1/audit/events", "/api/v1/deputies")) {
      Gateway.as(SYSTEM)
          .get(staffOnly)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }

    // The ledger records the system's service account as the one who replied.
    String systemSubject = Jwt.subject(SYSTEM);
    assertThat(Poll.until(EVENTS, () -> repliedBy(item, systemSubject)))
        .as("SuggestionReplied by %s in the audit ledger", systemSubject)
        .isTrue();

    // Item B: sent back by the system, reassigned to HEALTH, then another department's item.
    String other = assignedToEdu(lead, "关于中小学食堂引入第三方检测的建议 " + run);
    Gateway.as(SYSTEM)
        .body(Map.of("reason", "食堂食品安全检测属于市场监管部门职责，请改交相关单位"))
        .post("/api/v1/suggestions/{id}/tasks/{t}/send-back", other, eduTask(other))
        .then()
        .statusCode(200)
        .body("state", equalTo("SENT_BACK"));
    state(other).body("state", equalTo("REGISTERED"));
    SuggestionLifecycleIT.transition(
            "staff1", other, "assignments", Map.of("leadDepartmentId", "HEALTH"))
        .body("leadDepartmentId", equalTo("HEALTH"));
    for (String caller : List.of(SYSTEM, "dept-edu")) {
      Gateway.as(caller)
          .get("/api/v1/suggestions/{id}", other)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      Gateway.as(caller)
          .post("/api/v1/suggestions/{id}/tasks/{t}/sign-for", other, eduTaskId(other))
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    assertThat(listed(SYSTEM)).as("the EDU system's list").doesNotContain(other);
    Gateway.as(OTHER_SYSTEM)
        .get("/api/v1/suggestions/{id}/tasks", other)
        .then()
        .statusCode(200)
        .body("departmentId", hasItem("HEALTH"))
        .body("findAll { it.state == 'ASSIGNED' }.departmentId", not(hasItem("EDU")));
  }

  /** A new suggestion of the lead deputy, submitted, registered and assigned to EDU. */
  static String assignedToEdu(String lead, String title) {
    return Items.assigned(lead, title, "系统测试：承办单位的办公系统以客户端凭据办理本件。", "EDUCATION", "EDU", List.of());
  }

  /** The EDU task of the item, as the EDU system reads it. */
  private static String eduTask(String item) {
    return Items.taskOf(SYSTEM, item, "EDU");
  }

  /** The id of the (sent back) EDU task of the item, as staff read it. */
  private static String eduTaskId(String item) {
    return Objects.requireNonNull(
        Gateway.as("staff1")
            .get("/api/v1/suggestions/{id}/tasks", item)
            .then()
            .statusCode(200)
            .extract()
            .path("find { it.departmentId == 'EDU' }.id"));
  }

  /** Every suggestion in the caller's list, page after page. */
  private static List<String> listed(String caller) {
    List<String> ids = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      var spec = Gateway.as(caller).queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      var page = spec.get("/api/v1/suggestions").then().statusCode(200).extract();
      ids.addAll(page.<List<String>>path("items.id"));
      token = page.path("nextPageToken");
    } while (token != null && ++pages < 50);
    return ids;
  }

  /** Whether the item's ledger history has a SuggestionReplied whose actor is the subject. */
  private static boolean repliedBy(String item, String subject) {
    List<Map<String, Object>> history = Audit.history("suggestion", item);
    List<String> types = Audit.types(history);
    for (int i = 0; i < history.size(); i++) {
      if (types.get(i).equals("SuggestionReplied")
          && subject.equals(history.get(i).get("actorId"))) {
        return true;
      }
    }
    return false;
  }

  private static io.restassured.response.ValidatableResponse state(String item) {
    return Gateway.as("staff1").get("/api/v1/suggestions/{id}", item).then().statusCode(200);
  }
}
