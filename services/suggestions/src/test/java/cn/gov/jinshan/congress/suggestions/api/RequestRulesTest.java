package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a request may carry: the evaluation's offered values and dates of past events. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RequestRulesTest {
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
  void shouldNotOfferNotEvaluatedInTheEvaluationRequestAndRefuseIt() {
    JsonPath openapi =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    String ref =
        openapi.getString(
            "paths.'/api/v1/suggestions/{id}/evaluation'.post.requestBody.content.'application/json'.schema.'$ref'");
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    String resultRef =
        openapi.getString("components.schemas." + name + ".properties.result.'$ref'");
    List<String> offered =
        resultRef == null
            ? openapi.getList("components.schemas." + name + ".properties.result.enum")
            : openapi.getList(
                "components.schemas."
                    + resultRef.substring(resultRef.lastIndexOf('/') + 1)
                    + ".enum");
    assertThat(offered).containsExactly("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

    Flow flow = Flow.create().inProgress().contacted(today().toString()).reply("A");
    post(flow.leadToken, BASE + "/" + flow.id + "/evaluation", Map.of("result", "NOT_EVALUATED"))
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(flow.leadToken)
        .get(BASE + "/" + flow.id)
        .then()
        .body("state", equalTo("REPLIED"));
  }

  @Test
  void shouldRefuseFutureContactAndFulfilmentDatesWithThePlatformRule() {
    Flow flow = Flow.create().inProgress();
    // The day after tomorrow: in the last minutes of today, tomorrow is within the platform's
    // tolerance for a client's clock running ahead, and is accepted.
    String future = today().plusDays(2).toString();
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/contacts",
            Map.of("contactedOn", future, "way", "PHONE", "summary", "电话沟通"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("code", equalTo("business-rule-violated"))
        .body("detail", containsString("contactedOn"))
        .body("detail", containsString(future));
    flow.contacted(today().toString()).reply("B");
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/follow-ups",
            Map.of("fulfilledOn", future, "note", "已落实"))
        .statusCode(422)
        .contentType(PROBLEM)
        .body("detail", containsString("fulfilledOn"))
        .body("detail", containsString(future));
    given()
        .auth()
        .oauth2(flow.leadDeptToken)
        .header("Accept-Language", "zh-CN")
        .contentType("application/json")
        .body(Map.of("fulfilledOn", future, "note", "已落实"))
        .post(BASE + "/" + flow.id + "/follow-ups")
        .then()
        .statusCode(422)
        .body("detail", containsString("已发生的事项不能填写将来的日期"));
    post(
            flow.leadDeptToken,
            BASE + "/" + flow.id + "/follow-ups",
            Map.of("fulfilledOn", today().toString(), "note", "已落实"))
        .statusCode(200);
  }
}
