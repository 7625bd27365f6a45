package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class AuthenticationTest {
  private static final String PROTECTED = "/api/v1/deputies";

  @Test
  void shouldRefuseRequestWithoutToken() {
    assertRefused(given(), "A bearer token is required", "Bearer");
  }

  @Test
  void shouldRefuseExpiredToken() {
    assertRefused(withToken(TestTokens.expired("late")), "has expired");
  }

  @Test
  void shouldRefuseTokenOfAnotherIssuer() {
    assertRefused(withToken(TestTokens.wrongIssuer("intruder")), "not issued by");
  }

  @Test
  void shouldRefuseTokenForAnotherAudience() {
    assertRefused(withToken(TestTokens.wrongAudience("intruder")), "not meant for this API");
  }

  @Test
  void shouldRefuseUnsignedToken() {
    assertRefused(withToken(TestTokens.algNone("intruder")), "allowed algorithm");
  }

  @Test
  void shouldRefuseHmacSignedToken() {
    assertRefused(withToken(TestTokens.hs256("intruder")), "allowed algorithm");
  }

  @Test
  void shouldRefuseTokenWithBadSignature() {
    assertRefused(withToken(TestTokens.badSignature("intruder")), "signature is not valid");
  }

  @Test
  void shouldRefuseGarbageToken() {
    assertRefused(withToken("not.a.token"), "cannot be read");
  }

  @Test
  void shouldKeepConnectionOpenAfterRefusingRequestWithoutBody() {
    given()
        .when()
        .get(PROTECTED)
        .then()
        .statusCode(401)
        .header("Connection", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void shouldRefuseInChinese() {
    given()
        .header("Accept-Language", "zh-CN")
        .when()
        .get(PROTECTED)
        .then()
        .statusCode(401)
        .body("title", equalTo("需要登录认证"));
  }

  @Test
  void shouldLetValidTokenThrough() {
    withToken(TestTokens.valid("staff-1")).when().get(PROTECTED).then().statusCode(200);
  }

  @Test
  void shouldOpenPublicRoutesWithoutToken() {
    given().when().get("/api/v1/public/deputies").then().statusCode(200);
  }

  @Test
  void shouldOpenHealthWithoutToken() {
    given().when().get("/q/health/live").then().statusCode(200);
  }

  private static RequestSpecification withToken(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static void assertRefused(RequestSpecification request, String detailPart) {
    assertRefused(request, detailPart, "Bearer error=\"invalid_token\"");
  }

  private static void assertRefused(
      RequestSpecification request, String detailPart, String challenge) {
    request
        .when()
        .get(PROTECTED)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", challenge)
        .body("type", equalTo("https://congress.jinshan.gov.cn/problems/unauthenticated"))
        .body("code", equalTo("unauthenticated"))
        .body("status", equalTo(401))
        .body("instance", equalTo(PROTECTED))
        .body("detail", org.hamcrest.Matchers.containsString(detailPart));
  }
}
