package cn.gov.jinshan.congress.deputies.support;

import static io.restassured.RestAssured.given;

import cn.gov.jinshan.congress.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh congress per test: every query is scoped by congress, so tests sharing one database never
 * see each other's rows.
 */
public final class TestCongress {
  public final String id;
  public final String staffToken;

  private TestCongress() {
    this.id = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    this.staffToken = Tokens.staff(id);
  }

  public static TestCongress create() {
    return new TestCongress();
  }

  public UUID delegation(String name) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(staffToken)
            .contentType(ContentType.JSON)
            .body(Map.of("name", name))
            .post("/api/v1/delegations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** Registers a deputy through the API and returns its id. */
  public UUID register(DeputyBuilder deputy) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(staffToken)
            .contentType(ContentType.JSON)
            .body(deputy.build())
            .post("/api/v1/deputies")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
