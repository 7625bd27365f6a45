package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.Tokens;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Handling units (承办单位) as reference data: kept by admins, listed, checked, shown by name. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DepartmentTest {
  private static final String UNITS = "/api/v1/suggestion-departments";
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  private static Map<String, Object> unit(String code, String name) {
    return Map.of(
        "code",
        code,
        "name",
        name,
        "shortName",
        "卫健委",
        "kind",
        "GOVERNMENT",
        "contactPerson",
        "张科长",
        "contactPhone",
        "021-57921234");
  }

  @Test
  void shouldLetOnlyAdminsKeepUnitsWithIfMatchAndPublishEachChange() {
    TestCongress c = TestCongress.create();
    String admin = c.adminToken();
    post(c.staffToken, UNITS, unit("HEALTH", "区卫生健康委员会")).statusCode(403);
    var created =
        post(admin, UNITS, unit("HEALTH", "区卫生健康委员会"))
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .header("Location", containsString(UNITS + "/HEALTH"))
            .body("name", equalTo("区卫生健康委员会"))
            .body("shortName", equalTo("卫健委"))
            .body("kindLabel", equalTo("区政府工作部门"))
            .body("contactPhone", equalTo("021-57921234"))
            .body("active", equalTo(true))
            .extract();
    String id = created.path("id");
    post(admin, UNITS, unit("HEALTH", "另一个")).statusCode(409).contentType(PROBLEM);
    post(admin, UNITS, Map.of("code", "坏 代码", "name", "x", "kind", "OTHER"))
        .statusCode(400)
        .contentType(PROBLEM);

    Map<String, Object> change =
        Map.of("name", "区卫生健康委员会（区卫健委）", "kind", "GOVERNMENT", "active", true);
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .body(change)
        .put(UNITS + "/HEALTH")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .header("If-Match", "\"7\"")
        .body(change)
        .put(UNITS + "/HEALTH")
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(c.staffToken)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(change)
        .put(UNITS + "/HEALTH")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(change)
        .put(UNITS + "/HEALTH")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo("区卫生健康委员会（区卫健委）"))
        .body("shortName", equalTo("区卫生健康委员会（区卫健委）"))
        .body("contactPerson", nullValue());
    given()
        .auth()
        .oauth2(admin)
        .header("If-Match", "\"1\"")
        .post(UNITS + "/HEALTH/deactivation")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("active", equalTo(false));

    List<ConsumerRecord<String, String>> records =
        TopicReader.read(
            Topics.SUGGESTIONS,
            r -> id.equals(r.key()),
            kept -> kept.size() >= 3,
            Duration.ofSeconds(60));
    List<String> types = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records) {
      types.add(envelope(r).type());
    }
    assertThat(types)
        .containsExactly(
            "congress.suggestions.DepartmentRegistered.v1",
            "congress.suggestions.DepartmentUpdated.v1",
            "congress.suggestions.DepartmentUpdated.v1");
    assertThat(envelope(records.get(2)).data().get("active").asBoolean()).isFalse();
    assertThat(envelope(records.get(0)).congressid()).isEqualTo(c.id);
  }

  @Test
  void shouldListUnitsOfTheCallersCongressForPickersPagedAndFiltered() {
    TestCongress c = TestCongress.create();
    String admin = c.adminToken();
    for (String code : List.of("A-EDU", "B-HEALTH", "C-TRANSPORT")) {
      post(admin, UNITS, unit(code, "单位" + code)).statusCode(201);
    }
    given().auth().oauth2(admin).post(UNITS + "/B-HEALTH/deactivation").then().statusCode(200);
    String deputy = c.deputyToken(c.deputy("钱进"));
    var first =
        get(deputy, UNITS + "?limit=2")
            .statusCode(200)
            .body("items.code", equalTo(List.of("A-EDU", "B-HEALTH")))
            .body("nextPageToken", notNullValue())
            .extract();
    get(deputy, UNITS + "?limit=2&pageToken=" + first.path("nextPageToken"))
        .statusCode(200)
        .body("items.code", equalTo(List.of("C-TRANSPORT")))
        .body("nextPageToken", nullValue());
    get(c.staffToken, UNITS + "?active=true")
        .statusCode(200)
        .body("items.code", equalTo(List.of("A-EDU", "C-TRANSPORT")));
    get(c.staffToken, UNITS + "?active=false")
        .statusCode(200)
        .body("items.code", equalTo(List.of("B-HEALTH")));
    get(c.staffToken, UNITS + "?pageToken=%%%").statusCode(400).contentType(PROBLEM);
    get(c.staffToken, UNITS + "?limit=0").statusCode(400).contentType(PROBLEM);
    TestCongress other = TestCongress.create();
    get(other.staffToken, UNITS).statusCode(200).body("items.code", not(hasItem("A-EDU")));
    get(other.staffToken, UNITS + "/A-EDU").statusCode(404);
    get(Tokens.withRoles(c.id, "auditor"), UNITS + "/A-EDU").statusCode(200);
  }

  @Test
  void shouldAssignOnlyToKnownActiveUnitsOfTheCongress() {
    Flow flow = Flow.create().registered();
    String assign = BASE + "/" + flow.id + "/assignments";
    post(flow.congress.staffToken, assign, Map.of("leadDepartmentId", "NOWHERE"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("detail", containsString("NOWHERE"));
    post(
            flow.congress.staffToken,
            assign,
            Map.of(
                "leadDepartmentId",
                flow.leadDepartment,
                "coHandlerDepartmentIds",
                List.of("NOWHERE")))
        .statusCode(422)
        .body("detail", containsString("NOWHERE"));
    // a unit of another congress is unknown here
    Flow foreign = Flow.create();
    post(flow.congress.staffToken, assign, Map.of("leadDepartmentId", foreign.leadDepartment))
        .statusCode(422);
    String retired = flow.congress.department("OLD-" + flow.congress.id);
    given()
        .auth()
        .oauth2(flow.congress.adminToken())
        .post(UNITS + "/" + retired + "/deactivation")
        .then()
        .statusCode(200);
    post(flow.congress.staffToken, assign, Map.of("leadDepartmentId", retired))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("detail", containsString(TestCongress.departmentName(retired)));
    get(flow.congress.staffToken, BASE + "/" + flow.id).body("state", equalTo("REGISTERED"));
    post(flow.congress.staffToken, assign, Map.of("leadDepartmentId", flow.leadDepartment))
        .statusCode(200);
  }

  @Test
  void shouldShowUnitsByNameOnItemsListsAndPublicReplies() {
    Flow flow = Flow.create().inProgress().contacted(TODAY).reply("A").evaluate("SATISFIED");
    String lead = TestCongress.departmentName(flow.leadDepartment);
    String co = TestCongress.departmentName(flow.coDepartment);
    get(flow.leadToken, BASE + "/" + flow.id)
        .body("leadDepartmentName", equalTo(lead))
        .body("tasks.find { it.role == 'LEAD' }.departmentName", equalTo(lead))
        .body("tasks.find { it.role == 'CO_HANDLER' }.departmentName", equalTo(co));
    get(flow.congress.staffToken, BASE).body("items[0].leadDepartmentName", equalTo(lead));
    get(flow.leadToken, BASE + "/" + flow.id + "/replies")
        .body("[0].departmentName", equalTo(lead));
    get(flow.leadToken, BASE + "/" + flow.id + "/tasks")
        .body("find { it.role == 'LEAD' }.departmentName", equalTo(lead));
    given()
        .get("/api/v1/public/suggestions/" + flow.id + "?congressId=" + flow.congress.id)
        .then()
        .statusCode(200)
        .body("departmentName", equalTo(lead));
    String csv =
        given()
            .auth()
            .oauth2(flow.congress.staffToken)
            .get("/api/v1/suggestion-export.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).contains(lead);
  }

  private static EventEnvelope envelope(ConsumerRecord<String, String> r) {
    try {
      return EventJson.mapper().readValue(r.value(), EventEnvelope.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
