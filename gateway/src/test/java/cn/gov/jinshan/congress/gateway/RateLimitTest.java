package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

  /** Three requests per minute for each subject and for each anonymous client address. */
  public static class ThreePerMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.rate-limit.subject.capacity", "3",
          "gateway.rate-limit.subject.period", "1m",
          "gateway.rate-limit.anonymous.capacity", "3",
          "gateway.rate-limit.anonymous.period", "1m");
    }
  }

  @Test
  void shouldLimitEachTokenSubjectSeparately() {
    String alice = TestTokens.valid("alice-" + UUID.randomUUID());
    String bob = TestTokens.valid("bob-" + UUID.randomUUID());
    long started = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      given().auth().oauth2(alice).get("/api/v1/deputies").then().statusCode(200);
    }

    String retryAfter =
        given()
            .auth()
            .oauth2(alice)
            .when()
            .get("/api/v1/deputies")
            .then()
            .statusCode(429)
            .contentType("application/problem+json")
            .body("code", equalTo("too-many-requests"))
            .body("type", equalTo("https://congress.jinshan.gov.cn/problems/too-many-requests"))
            .body("detail", Matchers.containsString(" seconds"))
            .extract()
            .header("Retry-After");
    // one token comes back every 20 s, counted from the first request
    long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertThat(Integer.parseInt(retryAfter)).isBetween((int) (19 - elapsedSeconds), 20);
    given().auth().oauth2(bob).get("/api/v1/deputies").then().statusCode(200);
    assertThat(Metrics.scrape())
        .containsPattern("gateway_rate_limited_total\\{scope=\"subject\"} [1-9]");
  }

  @Test
  void shouldLimitAnonymousRequestsByClientAddress() {
    for (int i = 0; i < 3; i++) {
      given().get("/api/v1/public/deputies").then().statusCode(200);
    }

    given()
        .header("Accept-Language", "zh-CN")
        .when()
        .get("/api/v1/public/deputies")
        .then()
        .statusCode(429)
        .header("Retry-After", Matchers.notNullValue())
        .body("title", equalTo("请求过于频繁"));
  }
}
