package cn.gov.jinshan.congress.voting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.security.VerifiedTokens;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bearer token is verified once and its later requests are answered from {@link VerifiedTokens}
 * (platform): with the same identity and roles, never for a token that differs in any byte, and
 * never at or after the token's expiry.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VerifiedTokensTest {
  @Inject VerifiedTokens verified;

  private final String congress =
      "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

  @Test
  void shouldAnswerTheSecondRequestOfATokenWithoutVerifyingItAndWithTheSameRoles() {
    String deputy = Tokens.deputy(congress, UUID.randomUUID());
    long before = verified.hits();

    rounds(deputy).statusCode(200);
    rounds(deputy).statusCode(200);
    assertThat(verified.hits()).isEqualTo(before + 1);

    // The identity from the cache has the deputy's roles, not more: creating a round is staff's.
    given()
        .auth()
        .oauth2(deputy)
        .contentType("application/json")
        .body(Map.of("year", 2031))
        .post("/api/v1/livelihood-rounds")
        .then()
        .statusCode(403);
    assertThat(verified.hits()).isEqualTo(before + 2);
  }

  @Test
  void shouldVerifyInFullATokenThatDiffersFromAKnownOneOnlyInItsSignature() {
    String token = Tokens.staff(congress);
    rounds(token).statusCode(200);

    int signature = token.lastIndexOf('.') + 10;
    char flipped = token.charAt(signature) == 'A' ? 'B' : 'A';
    String forged = token.substring(0, signature) + flipped + token.substring(signature + 1);
    rounds(forged).statusCode(401);
  }

  @Test
  void shouldRefuseAKnownTokenFromItsExpiryOn() {
    // Long enough for two requests on a loaded machine, short enough to wait for.
    long expiresAt = System.currentTimeMillis() / 1000 + 10;
    String token = Tokens.staffExpiringAt(congress, expiresAt);
    long before = verified.hits();
    rounds(token).statusCode(200);
    rounds(token).statusCode(200);
    assertThat(verified.hits()).as("the second request came from the cache").isEqualTo(before + 1);

    assertThat(
            Poll.until(
                Duration.ofSeconds(30),
                () ->
                    given().auth().oauth2(token).get("/api/v1/livelihood-rounds").statusCode()
                        == 401))
        .as("the token is refused once expired")
        .isTrue();
    assertThat(System.currentTimeMillis() / 1000).isGreaterThanOrEqualTo(expiresAt);
  }

  private static ValidatableResponse rounds(String token) {
    return given().auth().oauth2(token).get("/api/v1/livelihood-rounds").then();
  }
}
