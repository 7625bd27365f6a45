package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RoutingTest {

  @ParameterizedTest
  @CsvSource({
    "/api/v1/deputies/123, deputies",
    "/api/v1/deputies, deputies",
    "/api/v1/suggestions/9/replies, suggestions",
    "/api/v1/supervision-topics, supervision",
    "/api/v1/appointees/5, supervision",
    "/api/v1/voting-rounds/7/ballots, voting",
    "/api/v1/public/deputies, deputies",
    "/api/v1/congresses, deputies",
    "/api/v1/public/deputy-codes, deputies",
    "/api/v1/motions/3, suggestions",
    "/api/v1/suggestion-statistics.csv, suggestions",
    "/api/v1/public/suggestions, suggestions",
    "/api/v1/appointments/2/reviews, supervision",
    "/api/v1/committee-members, supervision",
    "/api/v1/public/supervision-topics, supervision",
    "/api/v1/livelihood-rounds/1, voting",
    "/api/v1/entitled-voters, voting",
    "/api/v1/public/livelihood-rounds, voting",
    "/api/v1/notifications, notifications",
    "/api/v1/notifications/unread-count, notifications",
    "/api/v1/notification-preferences, notifications",
    "/api/v1/webhook-subscriptions, notifications",
    "/api/v1/webhook-subscriptions/4/deliveries, notifications"
  })
  void shouldRouteByPathPrefix(String path, String service) {
    given()
        .auth()
        .oauth2(TestTokens.valid("staff-routing"))
        .when()
        .get(path + "?q=x")
        .then()
        .statusCode(200)
        .body("service", equalTo(service))
        .body("path", equalTo(path))
        .body("query", equalTo("q=x"));
  }

  @Test
  void shouldAnswerUnknownApiRouteWithProblem() {
    given()
        .auth()
        .oauth2(TestTokens.valid("staff-routing"))
        .when()
        .get("/api/v1/deputiesX")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("https://congress.jinshan.gov.cn/problems/not-found"))
        .body("status", equalTo(404))
        .body("code", equalTo("not-found"))
        .body("instance", equalTo("/api/v1/deputiesX"))
        .body("title", equalTo("Not found"));
  }

  @ParameterizedTest
  @CsvSource({"/", "/nowhere", "/deputy/items/7", "/webjars/htmx.org/dist/htmx.min.js", "/apiary"})
  void shouldSendEveryAddressOutsideApiAndQuarkusToTheConsoleWithoutAToken(String path) {
    given()
        .header("Cookie", "q_session=opaque")
        .when()
        .get(path + "?x=1")
        .then()
        .statusCode(200)
        .body("service", equalTo("console"))
        .body("path", equalTo(path))
        .body("query", equalTo("x=1"))
        .body("authorization", nullValue())
        .body("cookie", equalTo("q_session=opaque"))
        .body("forwardedProto", equalTo("http"))
        .body("forwardedHost", matchesPattern("(localhost|127\\.0\\.0\\.1):[0-9]+"));
  }

  @Test
  void shouldPassTheConsolesRedirectsAndCookiesThrough() {
    given()
        .redirects()
        .follow(false)
        .when()
        .get("/login-redirect")
        .then()
        .statusCode(302)
        .header("Location", equalTo("http://127.0.0.1:8180/realms/congress/auth?state=1"))
        .header("Set-Cookie", equalTo("q_auth_state=abc; Path=/; HttpOnly; SameSite=Lax"));
  }

  @Test
  void shouldKeepUnknownApiAndQuarkusAddressesOffTheConsole() {
    given()
        .when()
        .get("/api")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("not-found"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void shouldAnswerInChineseWhenAskedTo() {
    given()
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
        .when()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .body("title", equalTo("未找到"))
        .body("detail", equalTo("该地址不存在任何资源。"));
  }

  @Test
  void shouldGenerateRequestIdAndTraceparentWhenAbsent() {
    Response response =
        given().when().get("/api/v1/public/deputies").then().statusCode(200).extract().response();

    String requestId = response.header("X-Request-Id");
    assertThat(requestId).matches("[0-9a-f]{32}");
    assertThat(response.jsonPath().getString("requestId")).isEqualTo(requestId);
    assertThat(response.jsonPath().getString("traceparent"))
        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void shouldPropagateGivenRequestIdAndTraceparent() {
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    given()
        .header("X-Request-Id", "client-req-42")
        .header("traceparent", traceparent)
        .when()
        .get("/api/v1/public/deputies")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "client-req-42")
        .body("requestId", equalTo("client-req-42"))
        .body("traceparent", equalTo(traceparent));
  }

  @Test
  void shouldReplaceUnreasonableRequestIdAndInvalidTraceparent() {
    given()
        .header("X-Request-Id", "bad id with spaces\t")
        .header("traceparent", "not-a-trace")
        .when()
        .get("/api/v1/public/deputies")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
        .body("traceparent", startsWith("00-"));
  }

  @Test
  void shouldForwardAuthorizationAndClientAddress() {
    String token = TestTokens.valid("staff-forward");
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/deputies")
        .then()
        .statusCode(200)
        .body("authorization", equalTo("Bearer " + token))
        .body("forwardedFor", equalTo("127.0.0.1"));
  }

  /**
   * The services build Location and links from X-Forwarded-Host/-Proto, trusting the gateway: the
   * gateway sends the address the client used and drops what a client claims in any forwarding
   * header.
   */
  @Test
  void shouldTellTheUpstreamThePublicAddressAndDropForwardingHeadersOfClients() {
    given()
        .auth()
        .oauth2(TestTokens.valid("staff-forward"))
        .header("Host", "congress.example.test:8443")
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "https")
        .header("Forwarded", "host=evil.example;proto=https")
        .header("X-Forwarded-Prefix", "/evil")
        .header("X-Forwarded-Port", "1")
        .when()
        .get("/api/v1/suggestions")
        .then()
        .statusCode(200)
        .body("forwardedHost", equalTo("congress.example.test:8443"))
        .body("forwardedProto", equalTo("http"))
        .body("forwarded", nullValue())
        .body("forwardedPrefix", nullValue())
        .body("forwardedPort", nullValue());
  }

  /** A Chinese reader is told which service in words, not by its code name. */
  @Test
  void shouldNameAnUnreachableServiceInChinese() {
    String detail =
        given()
            .auth()
            .oauth2(TestTokens.valid("staff-routing"))
            .header("Accept-Language", "zh-CN")
            .when()
            .get("/api/v1/audit/events")
            .then()
            .statusCode(503)
            .contentType("application/problem+json")
            .extract()
            .path("detail");

    assertThat(detail).contains("审计服务").doesNotContain("audit");
  }

  @Test
  void shouldStreamRequestBodyToUpstream() {
    byte[] body = new byte[512 * 1024];
    given()
        .auth()
        .oauth2(TestTokens.valid("staff-upload"))
        .contentType("application/octet-stream")
        .body(body)
        .when()
        .post("/api/v1/deputies/import")
        .then()
        .statusCode(200)
        .body("bodyBytes", equalTo(body.length));
  }

  @Test
  void shouldPassUpstreamStatusThrough() {
    given()
        .auth()
        .oauth2(TestTokens.valid("staff-status"))
        .when()
        .get("/api/v1/suggestions/status/409")
        .then()
        .statusCode(409);
  }
}
