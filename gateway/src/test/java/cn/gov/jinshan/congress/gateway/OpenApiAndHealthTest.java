package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class OpenApiAndHealthTest {

  @Test
  void shouldServeMergedOpenApiWithEveryServicesPaths() {
    boolean complete =
        Poll.until(Duration.ofSeconds(10), () -> openapi().getMap("paths").keySet().size() >= 6);
    assertThat(complete).isTrue();

    JsonPath document = openapi();
    Map<String, Object> paths = document.getMap("paths");
    assertThat(paths)
        .containsKeys(
            "/api/v1/deputies",
            "/api/v1/public/deputies",
            "/api/v1/suggestions",
            "/api/v1/supervision-topics",
            "/api/v1/appointees",
            "/api/v1/voting-rounds");
    assertThat(document.getMap("components.schemas"))
        .containsKeys(
            "DeputiesResponse",
            "SuggestionsResponse",
            "SupervisionResponse",
            "VotingResponse",
            "Problem");
    assertThat(document.getString("info.title")).isEqualTo("Deputy-affairs platform API");
    assertThat(document.getList("tags.name")).contains("deputies", "voting");
  }

  @Test
  void shouldReportEachUpstreamInReadiness() {
    boolean probed =
        Poll.until(
            Duration.ofSeconds(10),
            () ->
                "UP"
                    .equals(
                        given()
                            .get("/q/health/ready")
                            .then()
                            .extract()
                            .jsonPath()
                            .getString("checks.find { it.name == 'upstreams' }.data.voting")));
    assertThat(probed).isTrue();

    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.deputies", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.suggestions", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.supervision", equalTo("UP"))
        .body("checks.find { it.name == 'upstreams' }.data.audit", equalTo("DOWN"));
  }

  @Test
  void shouldExposePrometheusMetricsPerRoute() {
    given().get("/api/v1/public/deputies").then().statusCode(200);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics).contains("gateway_requests_seconds_bucket{").contains("route=\"deputies\"");
  }

  @Test
  void shouldServeSwaggerUiOverTheMergedDocument() {
    String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();

    assertThat(page).contains("/q/openapi");
  }

  private static JsonPath openapi() {
    return given().when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
  }
}
