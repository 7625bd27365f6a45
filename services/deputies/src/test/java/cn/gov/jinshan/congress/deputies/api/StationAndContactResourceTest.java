package cn.gov.jinshan.congress.deputies.api;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.testing.Tokens;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StationAndContactResourceTest {
  private TestCongress congress;
  private UUID delegation;
  private UUID deputy;
  private String deputyToken;

  @BeforeEach
  void setUp() {
    congress = TestCongress.create();
    delegation = congress.delegation("金山卫镇代表团");
    deputy = UUID.randomUUID();
    congress.register(aDeputy().withId(deputy).named("何平").in(delegation));
    deputyToken = Tokens.deputy(congress.id, deputy);
  }

  @Test
  void shouldReplayADutyRetriedWithTheSameIdempotencyKey() {
    String station = createStation("金山卫镇代表联络站");
    Map<String, Object> duty = Map.of("deputyId", deputy.toString(), "dutyDate", "2026-04-16");
    String key = "duty-" + UUID.randomUUID();

    String first =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(duty)
            .post("/api/v1/contact-stations/" + station + "/duties")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    given()
        .auth()
        .oauth2(congress.staffToken)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(duty)
        .post("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(201)
        .header("Location", first);
  }

  @Test
  void shouldKeepOneDutyPerDeputyStationAndDate() {
    String station = createStation("金山卫镇代表之家");
    Map<String, Object> duty = Map.of("deputyId", deputy.toString(), "dutyDate", "2026-04-15");

    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(duty)
        .post("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(duty)
        .post("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(deputyToken)
        .queryParam("from", "2026-04-01")
        .queryParam("to", "2026-04-30")
        .get("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(200)
        .body("deputyId", equalTo(List.of(deputy.toString())));
  }

  @Test
  void shouldRefuseSecondStationWithTheSameNameAsConflict() {
    createStation("张堰镇代表联络站");

    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "张堰镇代表联络站", "kind", "DEPUTY_HOME", "address", "金山区"))
        .post("/api/v1/contact-stations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("conflict"))
        .body("detail", containsString("张堰镇代表联络站"));
  }

  @Test
  void shouldRefuseRosterRangesThatAreBackwardsOrTooLong() {
    String station = createStation("朱泾镇代表联络站");
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("from", "2026-05-01")
        .queryParam("to", "2026-04-01")
        .get("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("from", "2026-01-01")
        .queryParam("to", "2027-06-01")
        .get("/api/v1/contact-stations/" + station + "/duties")
        .then()
        .statusCode(400);
  }

  @Test
  void shouldLetOnlyStaffManageStations() {
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "某站", "kind", "LIAISON_STATION"))
        .post("/api/v1/contact-stations")
        .then()
        .statusCode(403);
    createStation("枫泾镇基层实践站点");
    given()
        .auth()
        .oauth2(deputyToken)
        .get("/api/v1/contact-stations")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("枫泾镇基层实践站点")));
  }

  @Test
  void shouldRecordConstituentContactAsActivityAndEventWithoutConstituentName() {
    String station = createStation("亭林镇代表联络站");
    String contact =
        given()
            .auth()
            .oauth2(deputyToken)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "stationId",
                    station,
                    "receivedOn",
                    "2026-04-20",
                    "constituentName",
                    "李阿姨",
                    "subject",
                    "小区停车难",
                    "content",
                    "希望增设夜间停车位"))
            .post("/api/v1/deputies/" + deputy + "/constituent-contacts")
            .then()
            .statusCode(201)
            .body("constituentName", equalTo("李阿姨"))
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(deputyToken)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .body("items.kind", equalTo(List.of("CONSTITUENT_CONTACT")));
    var events =
        TopicReader.awaitRecords(
            Topics.DEPUTIES,
            r ->
                deputy.toString().equals(r.key())
                    && r.value().contains("ConstituentContactRecorded"),
            1,
            Duration.ofSeconds(30));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).value()).contains(contact).contains("小区停车难").doesNotContain("李阿姨");
  }

  @Test
  void shouldLinkContactToSuggestionOnce() {
    String contact =
        given()
            .auth()
            .oauth2(deputyToken)
            .contentType(ContentType.JSON)
            .body(Map.of("receivedOn", "2026-04-20", "subject", "农村公路破损", "content", "村道坑洼"))
            .post("/api/v1/deputies/" + deputy + "/constituent-contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID suggestion = UUID.randomUUID();

    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .body(Map.of("suggestionId", suggestion.toString()))
        .put("/api/v1/constituent-contacts/" + contact + "/suggestion")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("suggestionId", suggestion.toString()))
        .put("/api/v1/constituent-contacts/" + contact + "/suggestion")
        .then()
        .statusCode(200)
        .body("suggestionId", equalTo(suggestion.toString()));
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("suggestionId", UUID.randomUUID().toString()))
        .put("/api/v1/constituent-contacts/" + contact + "/suggestion")
        .then()
        .statusCode(409);
  }

  @Test
  void shouldKeepContactsPrivateToTheirDeputyAndStaff() {
    UUID other = UUID.randomUUID();
    congress.register(aDeputy().withId(other).in(delegation));
    String contact =
        given()
            .auth()
            .oauth2(deputyToken)
            .contentType(ContentType.JSON)
            .body(Map.of("receivedOn", "2026-04-20", "subject", "噪音扰民", "content", "工地夜间施工"))
            .post("/api/v1/deputies/" + deputy + "/constituent-contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String otherToken = Tokens.deputy(congress.id, other);

    given()
        .auth()
        .oauth2(otherToken)
        .get("/api/v1/constituent-contacts/" + contact)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(otherToken)
        .get("/api/v1/deputies/" + deputy + "/constituent-contacts")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/constituent-contacts")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
    given()
        .auth()
        .oauth2(Tokens.department(congress.id, "EDU"))
        .get("/api/v1/constituent-contacts/" + contact)
        .then()
        .statusCode(403);
  }

  private String createStation(String name) {
    return given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                name,
                "kind",
                "DEPUTY_HOME",
                "address",
                "金山区",
                "delegationId",
                delegation.toString()))
        .post("/api/v1/contact-stations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
