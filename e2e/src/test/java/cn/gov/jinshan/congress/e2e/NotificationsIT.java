package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.testing.Mailbox;
import cn.gov.jinshan.congress.testing.Poll;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notifications of a suggestion's lifecycle, as the people see them: the inbox entries each one
 * finds through the gateway and the mails the stack's real SMTP server received (Chinese subjects
 * decoded), to exactly the people concerned and to nobody else, each once. The office's mail of a
 * submission goes into its daily digest, not out on its own.
 */
class NotificationsIT {
  private static final int LEAD = 11;
  private static final int CO_SIGNER = 12;
  private static final int DECLINES = 13;
  private static final int UNINVOLVED = 14;
  private static final Duration ARRIVAL = Duration.ofSeconds(60);

  @Test
  void shouldTellEachPersonConcernedOnceByInboxAndMailAndNobodyElse() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String title = "关于优化社区卫生服务中心夜间门诊的建议 " + run;
    String lead = Users.deputy(LEAD);
    String item =
        Gateway.as(lead)
            .body(
                Map.of(
                    "kind", "SUGGESTION",
                    "title", title,
                    "content", "夜间就诊需求较大，建议延长社区卫生服务中心门诊时间。",
                    "category", "EDUCATION"))
            .post("/api/v1/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Gateway.as(lead)
        .body(
            Map.of(
                "deputyIds",
                List.of(DevDeputies.id(CO_SIGNER).toString(), DevDeputies.id(DECLINES).toString())))
        .post("/api/v1/suggestions/{id}/co-signers", item)
        .then()
        .statusCode(200);
    answer(item, CO_SIGNER, true);
    answer(item, DECLINES, false);
    SuggestionLifecycleIT.transition(lead, item, "submit", null);
    SuggestionLifecycleIT.transition("staff1", item, "registration", null);
    SuggestionLifecycleIT.transition(
            "staff1", item, "assignments", Map.of("leadDepartmentId", "EDU"))
        .body("state", equalTo("ASSIGNED"));
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
    Gateway.as("dept-edu")
        .body(
            Map.of(
                "contactedOn", LocalDate.now(Performance.CHINA).toString(),
                "way", "PHONE",
                "summary", "电话联系领衔代表了解夜间门诊需求"))
        .post("/api/v1/suggestions/{id}/contacts", item)
        .then()
        .statusCode(201);
    Gateway.as("dept-edu")
        .body(
            Map.of(
                "replyClass", "A",
                "text", "已在三个社区卫生服务中心试行夜间门诊。",
                "publishable", true,
                "signedBy", "区卫健委"))
        .post("/api/v1/suggestions/{id}/replies", item)
        .then()
        .statusCode(201);

    // The inbox: what each person finds about this item, by kind.
    Map<String, List<String>> inboxes =
        Map.of(
            lead,
            List.of("SUGGESTION_REGISTERED", "CONTACT_RECORDED", "SUGGESTION_REPLIED"),
            Users.deputy(CO_SIGNER),
            List.of(
                "CO_SIGNING_INVITED",
                "SUGGESTION_REGISTERED",
                "CONTACT_RECORDED",
                "SUGGESTION_REPLIED"),
            Users.deputy(DECLINES),
            List.of("CO_SIGNING_INVITED"),
            "dept-edu",
            List.of("SUGGESTION_ASSIGNED"),
            "staff1",
            List.of("SUGGESTION_SUBMITTED"));
    inboxes.forEach(
        (user, kinds) ->
            assertThat(Poll.until(ARRIVAL, () -> inboxKinds(user, item).size() >= kinds.size()))
                .as("%s's inbox entries of the item", user)
                .isTrue());
    inboxes.forEach(
        (user, kinds) ->
            assertThat(inboxKinds(user, item))
                .as("%s's inbox, each kind once", user)
                .containsExactlyInAnyOrderElementsOf(kinds));
    for (String outsider : List.of(Users.deputy(UNINVOLVED), "dept-health", "staff-zhujing")) {
      assertThat(inboxKinds(outsider, item)).as("%s's inbox", outsider).isEmpty();
    }

    // Mail: the kinds whose rule names e-mail, to each person's address, once each. The office's
    // mail of the submission waits for its daily digest (the rule mails SUGGESTION_SUBMITTED into
    // it): staff1 gets no mail of its own about the item.
    Map<String, Integer> mails =
        Map.of(
            address(lead), 2, // registered, replied (a contact is told in the inbox only)
            address(Users.deputy(CO_SIGNER)), 3, // invited, registered, replied
            address(Users.deputy(DECLINES)), 1, // invited
            address("dept-edu"), 1); // assigned
    mails.forEach(
        (to, count) ->
            assertThat(Poll.until(ARRIVAL, () -> Mailbox.withSubject(to, run).size() >= count))
                .as("mails to %s about the item", to)
                .isTrue());
    List<Mailbox.Received> received = new ArrayList<>();
    mails.forEach(
        (to, count) -> {
          List<Mailbox.Received> of = Mailbox.withSubject(to, run);
          assertThat(of).as("mails to %s", to).hasSize(count);
          received.addAll(of);
        });
    assertThat(received)
        .as("Chinese subjects, decoded")
        .allSatisfy(m -> assertThat(m.subject()).contains("【").contains(run));
    assertThat(received.stream().map(Mailbox.Received::messageId).toList())
        .as("each mail once")
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(Mailbox.withSubject(address(lead), run))
        .extracting(Mailbox.Received::subject)
        .anySatisfy(s -> assertThat(s).contains("已立案"));
    // nobody else gets a mail about the item (staff1's submission mail waits for the digest)
    for (String outsider :
        List.of(Users.deputy(UNINVOLVED), "dept-health", "staff-zhujing", "admin1", "staff1")) {
      assertThat(Mailbox.withSubject(address(outsider), run)).as("mails to %s", outsider).isEmpty();
    }

    // Reading: the badge counts down, another person's entry is not found.
    String entry = inboxEntries(lead, item).get(0).get("id").toString();
    int unread = unreadCount(lead);
    Gateway.as(Users.deputy(UNINVOLVED))
        .post("/api/v1/notifications/{id}/read", entry)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Gateway.as(lead).post("/api/v1/notifications/{id}/read", entry).then().statusCode(200);
    assertThat(unreadCount(lead)).isEqualTo(unread - 1);
  }

  private static void answer(String item, int deputy, boolean accept) {
    Gateway.as(Users.deputy(deputy))
        .body(Map.of("accept", accept))
        .post("/api/v1/suggestions/{id}/co-signers/{d}/answer", item, DevDeputies.id(deputy))
        .then()
        .statusCode(200);
  }

  private static String address(String user) {
    return user + "@example.org";
  }

  static List<Map<String, Object>> inboxEntries(String user, String item) {
    return Gateway.as(user)
        .queryParam("itemId", item)
        .queryParam("limit", 100)
        .get("/api/v1/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static List<String> inboxKinds(String user, String item) {
    return inboxEntries(user, item).stream().map(e -> (String) e.get("kind")).toList();
  }

  private static int unreadCount(String user) {
    return Gateway.as(user)
        .get("/api/v1/notifications/unread-count")
        .then()
        .statusCode(200)
        .extract()
        .path("unread");
  }
}
