package cn.gov.jinshan.congress.deputies.api;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates of things that happened are not in the future (422), Chinese problem details name states
 * and kinds in Chinese, and a scheduled duty answers with its station's ETag.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeputyStepRulesTest {
  private static final String LATER =
      LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();

  private TestCongress congress;
  private UUID delegation;
  private UUID deputy;

  @BeforeEach
  void setUp() {
    congress = TestCongress.create();
    delegation = congress.delegation("枫泾镇代表团");
    deputy = congress.register(aDeputy().named("沈佳").in(delegation));
  }

  @Test
  void shouldRefuseStatusChangesAndConstituentContactsDatedInTheFuture() {
    changeStatus("SUSPENDED", LATER, etag())
        .then()
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"))
        .body("detail", containsString("effectiveOn"));
    given()
        .auth()
        .oauth2(Tokens.deputy(congress.id, deputy))
        .contentType(ContentType.JSON)
        .body(Map.of("receivedOn", LATER, "subject", "小区停车难", "content", "希望增设夜间停车位"))
        .post("/api/v1/deputies/" + deputy + "/constituent-contacts")
        .then()
        .statusCode(422)
        .body("detail", containsString("receivedOn"));
  }

  @Test
  void shouldNameStatesAndKindsInChineseProblems() {
    changeStatus("TERMINATED", "2026-03-01", etag()).then().statusCode(200);
    List<String> details = new ArrayList<>();
    details.add(detail(changeStatus("ACTIVE", "2026-03-02", etag(), "zh-CN"), 409, "“代表资格终止”"));
    UUID other = congress.register(aDeputy().named("陆明").in(delegation));
    details.add(
        detail(
            given()
                .auth()
                .oauth2(Tokens.deputy(congress.id, other))
                .header("Accept-Language", "zh-CN")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "VOTE_CAST", "occurredOn", "2026-01-16", "title", "票决"))
                .post("/api/v1/deputies/" + other + "/activities"),
            403,
            "“参加实事项目票决”"));

    assertThat(details).allSatisfy(d -> assertThat(d).doesNotContainPattern("[A-Z]{2,}"));
  }

  @Test
  void shouldAnswerAScheduledDutyWithTheStationsETagAndLink() {
    io.restassured.specification.RequestSpecification created =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "枫泾镇代表联络站",
                    "kind", "LIAISON_STATION",
                    "address", "金山区枫泾镇",
                    "delegationId", delegation.toString()));
    Response station = created.post("/api/v1/contact-stations");
    String id = station.then().statusCode(201).extract().path("id");

    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(Map.of("deputyId", deputy.toString(), "dutyDate", "2026-04-15"))
        .post("/api/v1/contact-stations/" + id + "/duties")
        .then()
        .statusCode(201)
        .header("ETag", equalTo(station.header("ETag")))
        .header("Link", equalTo("</api/v1/contact-stations/" + id + ">; rel=\"up\""));
  }

  private String etag() {
    return given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy)
        .then()
        .extract()
        .header("ETag");
  }

  private Response changeStatus(String status, String on, String ifMatch) {
    return changeStatus(status, on, ifMatch, "en");
  }

  private Response changeStatus(String status, String on, String ifMatch, String language) {
    return given()
        .auth()
        .oauth2(congress.staffToken)
        .header("Accept-Language", language)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("status", status, "effectiveOn", on, "reason", "辞去代表职务"))
        .post("/api/v1/deputies/" + deputy + "/status-changes");
  }

  private static String detail(Response response, int status, String expected) {
    response.then().statusCode(status);
    String detail = response.path("detail");
    assertThat(detail).contains(expected);
    return detail;
  }
}
