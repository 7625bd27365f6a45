package cn.gov.jinshan.congress.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5b: token abuse through the gateway. Every forged, altered, expired or misdirected token
 * gets 401 problem+json with a WWW-Authenticate challenge on a protected route, and the same route
 * answers 200 to the genuine token (so the refusals are about the token, not the route).
 */
class TokenAbuseIT {
  private static final String ROUTE = "/api/v1/suggestions";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Pattern KID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void shouldRefuseForgedAlteredExpiredAndMisdirectedTokens() throws Exception {
    String genuine = Users.token("deputy01");
    Gateway.withToken(genuine).get(ROUTE).then().statusCode(200);

    String[] parts = genuine.split("\\.");
    String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    String payload = Jwt.payload(genuine);
    Matcher kid = KID.matcher(header);
    assertThat(kid.find()).isTrue();
    String realmKid = kid.group(1);
    long now = Instant.now().getEpochSecond();
    KeyPair forger = KeyPairGenerator.getInstance("RSA").generateKeyPair();

    Map<String, String> abuses = new LinkedHashMap<>();
    abuses.put("garbage", "not-a-token");
    abuses.put("alg=none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    abuses.put(
        "tampered payload (admin role added), original signature",
        parts[0]
            + "."
            + b64(payload.replace("\"deputy\"", "\"deputy\",\"admin\",\"staff\""))
            + "."
            + parts[2]);
    abuses.put(
        "expired (exp in the past), original signature",
        parts[0] + "." + b64(withClaim(payload, "exp", now - 3600)) + "." + parts[2]);
    abuses.put("signature of another key, realm kid", rs256(forger, realmKid, payload));
    abuses.put(
        "expired, signed by another key",
        rs256(
            forger, realmKid, withClaim(withClaim(payload, "exp", now - 3600), "iat", now - 4000)));
    abuses.put(
        "wrong issuer, signed by another key",
        rs256(
            forger,
            realmKid,
            payload.replaceFirst(
                "\"iss\"\\s*:\\s*\"[^\"]*\"", "\"iss\":\"http://evil.example/realms/congress\"")));
    abuses.put("HS256 with a guessed secret", hs256(realmKid, payload));
    abuses.put("truncated signature", genuine.substring(0, genuine.length() - 10));
    abuses.put("wrong audience (real token of the admin-cli client)", adminCliToken());

    assertThat(abuses.values()).doesNotHaveDuplicates().doesNotContain(genuine);
    for (Map.Entry<String, String> abuse : abuses.entrySet()) {
      Response response = Gateway.withToken(abuse.getValue()).get(ROUTE);
      assertThat(response.statusCode()).as(abuse.getKey()).isEqualTo(401);
      assertThat(Problems.isProblem(response)).as(abuse.getKey() + ": problem+json").isTrue();
      assertThat(response.getHeader("WWW-Authenticate")).as(abuse.getKey()).startsWith("Bearer");
    }
    Response none = Gateway.anonymous().get(ROUTE);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(Problems.isProblem(none)).isTrue();
  }

  private static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String withClaim(String payload, String claim, long value) {
    return payload.replaceFirst("\"" + claim + "\"\\s*:\\s*\\d+", "\"" + claim + "\":" + value);
  }

  private static String rs256(KeyPair key, String kid, String payload) throws Exception {
    String input =
        b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(payload);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(key.getPrivate());
    signer.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + B64.encodeToString(signer.sign());
  }

  private static String hs256(String kid, String payload) throws Exception {
    String input =
        b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + b64(payload);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("congress-api".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  /** A genuine realm token issued to another client: right issuer and signature, no audience. */
  private static String adminCliToken() {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", "deputy01")
        .formParam("password", "deputy01-pass")
        .post(
            "http://127.0.0.1:"
                + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180")
                + "/realms/congress/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
