package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.accept;
import static cn.gov.jinshan.congress.suggestions.support.Api.invite;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route × role × own/foreign item. Refused writes change nothing, so one item (in progress,
 * with an accepted co-signer) serves the whole matrix; allowed writes are exercised by the
 * lifecycle and rule tests.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PermissionMatrixTest {
  private static Flow flow;
  private static Map<String, String> tokens;

  /**
   * Once for the class (RestAssured knows the port only once Quarkus runs, hence not BeforeAll).
   */
  @BeforeEach
  void item() {
    if (flow != null) {
      return;
    }
    flow = Flow.create();
    UUID coSigner = flow.congress.deputy("李娜");
    UUID foreign = flow.congress.deputy("王强");
    flow.drafted();
    invite(flow.leadToken, flow.id, List.of(coSigner));
    accept(flow.congress.deputyToken(coSigner), flow.id, coSigner);
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(flow.leadToken)
        .post(BASE + "/" + flow.id + "/submit")
        .then()
        .statusCode(200);
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(flow.congress.staffToken)
        .post(BASE + "/" + flow.id + "/registration")
        .then()
        .statusCode(200);
    var assigned =
        given()
            .auth()
            .oauth2(flow.congress.staffToken)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "leadDepartmentId",
                    flow.leadDepartment,
                    "coHandlerDepartmentIds",
                    List.of(flow.coDepartment)))
            .post(BASE + "/" + flow.id + "/assignments")
            .then()
            .statusCode(200)
            .extract();
    flow.leadTask = assigned.path("tasks.find { it.role == 'LEAD' }.id");
    flow.coTask = assigned.path("tasks.find { it.role == 'CO_HANDLER' }.id");
    tokens = new LinkedHashMap<>();
    tokens.put("lead", flow.leadToken);
    tokens.put("coSigner", flow.congress.deputyToken(coSigner));
    tokens.put("foreignDeputy", flow.congress.deputyToken(foreign));
    tokens.put("leadDept", flow.leadDeptToken);
    tokens.put("coDept", flow.coDeptToken);
    tokens.put("otherDept", flow.congress.departmentToken("WJ-" + flow.congress.id));
    tokens.put("staff", flow.congress.staffToken);
    tokens.put("auditor", Tokens.withRoles(flow.congress.id, "auditor"));
    tokens.put("committee", Tokens.withRoles(flow.congress.id, "committee_member"));
    tokens.put("otherCongressStaff", TestCongress.create().staffToken);
    tokens.put("anonymous", null);
  }

  private static final List<String> ROLES =
      List.of(
          "lead",
          "coSigner",
          "foreignDeputy",
          "leadDept",
          "coDept",
          "otherDept",
          "staff",
          "auditor",
          "committee",
          "otherCongressStaff",
          "anonymous");

  @Test
  void shouldReadOnlyWhatEachRoleMaySee() {
    List<String> failures = new ArrayList<>();
    for (String route :
        List.of("", "/dossier", "/co-signers", "/tasks", "/contacts", "/replies", "/referrals")) {
      expect(
          failures,
          "GET",
          route,
          null,
          codes(200, 200, 404, 200, 200, 404, 200, 200, 403, 404, 401));
    }
    expect(
        failures,
        "GET",
        "/extension-requests",
        null,
        codes(403, 403, 403, 200, 200, 404, 200, 200, 403, 404, 401));
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldRefuseEveryWriteToThoseWhoMayNotDoIt() {
    String today = LocalDate.now().toString();
    Map<String, Object> contact = Map.of("contactedOn", today, "way", "PHONE", "summary", "x");
    Map<String, Object> reply =
        Map.of("replyClass", "A", "text", "x", "publishable", true, "signedBy", "x");
    List<String> failures = new ArrayList<>();
    // 0 = allowed, not tried here (covered by the lifecycle tests)
    expect(
        failures,
        "PUT",
        "",
        aSuggestion().build(),
        codes(0, 403, 404, 403, 403, 403, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/submit",
        null,
        codes(0, 403, 404, 403, 403, 403, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/co-signers",
        Map.of("deputyIds", List.of(UUID.randomUUID())),
        codes(0, 403, 404, 403, 403, 403, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/registration",
        null,
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/return",
        Map.of("reason", "x"),
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/merge",
        Map.of("intoId", UUID.randomUUID().toString()),
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/referrals",
        Map.of("target", "CITY", "reason", "x", "cityReference", "x"),
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/assignments",
        Map.of("leadDepartmentId", "X"),
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/tasks/" + flow.leadTask + "/sign-for",
        null,
        codes(403, 403, 403, 0, 403, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/tasks/" + flow.coTask + "/sign-for",
        null,
        codes(403, 403, 403, 403, 0, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/tasks/" + flow.leadTask + "/send-back",
        Map.of("reason", "x"),
        codes(403, 403, 403, 0, 403, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/tasks/" + flow.leadTask + "/opinion",
        Map.of("text", "x"),
        codes(403, 403, 403, 0, 403, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/contacts",
        contact,
        codes(403, 403, 403, 0, 0, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/replies",
        reply,
        codes(403, 403, 403, 0, 403, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/follow-ups",
        Map.of("fulfilledOn", today),
        codes(403, 403, 403, 0, 0, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/evaluation",
        Map.of("result", "SATISFIED"),
        codes(0, 403, 404, 403, 403, 403, 403, 403, 403, 403, 401));
    expect(
        failures,
        "POST",
        "/closure",
        null,
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    expect(
        failures,
        "POST",
        "/extension-requests",
        Map.of("newDueOn", "2099-01-01", "reason", "x"),
        codes(403, 403, 403, 0, 403, 404, 403, 403, 403, 403, 401));
    expect(
        failures,
        "PUT",
        "/key-supervision",
        Map.of("supervisingLeader", "x"),
        codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldRefuseMotionReviewAndStatisticsToNonStaff() {
    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "/api/v1/motions/" + flow.id + "/acceptance",
            "/api/v1/motions/" + flow.id + "/conversion")) {
      expectAt(
          failures, "POST", path, null, codes(403, 403, 403, 403, 403, 403, 0, 403, 403, 404, 401));
    }
    expectAt(
        failures,
        "GET",
        "/api/v1/suggestion-statistics",
        null,
        codes(403, 403, 403, 403, 403, 403, 200, 200, 403, 200, 401));
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldListOnlyVisibleItems() {
    assertThat(ids("lead")).contains(flow.id.toString());
    assertThat(ids("coSigner")).contains(flow.id.toString());
    assertThat(ids("foreignDeputy")).doesNotContain(flow.id.toString());
    assertThat(ids("leadDept")).contains(flow.id.toString());
    assertThat(ids("otherDept")).doesNotContain(flow.id.toString());
    assertThat(ids("otherCongressStaff")).doesNotContain(flow.id.toString());
    assertThat(ids("auditor")).contains(flow.id.toString());
    given().get(BASE).then().statusCode(401);
    given().auth().oauth2(tokens.get("committee")).get(BASE).then().statusCode(403);
  }

  private static List<String> ids(String role) {
    return given()
        .auth()
        .oauth2(tokens.get(role))
        .get(BASE + "?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }

  private static int[] codes(int... codes) {
    return codes;
  }

  private static void expect(
      List<String> failures, String method, String route, Object body, int[] codes) {
    expectAt(failures, method, BASE + "/" + flow.id + route, body, codes);
  }

  private static void expectAt(
      List<String> failures, String method, String path, Object body, int[] codes) {
    for (int i = 0; i < ROLES.size(); i++) {
      if (codes[i] == 0) {
        continue;
      }
      String token = tokens.get(ROLES.get(i));
      RequestSpecification request = given().contentType(ContentType.JSON);
      if (token != null) {
        request.auth().oauth2(token);
      }
      if (body != null) {
        request.body(body);
      }
      if (method.equals("PUT")) {
        request.header("If-Match", "\"0\"");
      }
      int status = request.request(method, path).then().extract().statusCode();
      if (status != codes[i]) {
        failures.add(
            method + " " + path + " as " + ROLES.get(i) + ": " + status + " != " + codes[i]);
      }
    }
  }
}
