package cn.gov.jinshan.congress.notifications.support;

import static io.restassured.RestAssured.given;

import cn.gov.jinshan.congress.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test's department with its token, and its subscriptions made through the API. */
public class Webhooks {
  public final String congressId;
  public final String departmentId;
  public final String token;

  /** A department of a new congress of its own. */
  public Webhooks() {
    this("T-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private Webhooks(String congressId) {
    this(congressId, "D" + UUID.randomUUID().toString().substring(0, 8));
  }

  private Webhooks(String congressId, String departmentId) {
    this.congressId = congressId;
    this.departmentId = departmentId;
    this.token = Tokens.department(congressId, departmentId);
  }

  /** A given department of a given congress (one the realm has people of). */
  public static Webhooks of(String congressId, String departmentId) {
    return new Webhooks(congressId, departmentId);
  }

  /** Another department of the same congress. */
  public static final class InCongress extends Webhooks {
    public InCongress(String congressId) {
      super(congressId);
    }
  }

  /** A subscription as created: its id and the secret shown once. */
  public record Subscription(String id, String secret) {}

  public Subscription subscribe(String url, String... eventTypes) {
    var created =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
            .when()
            .post("/api/v1/webhook-subscriptions")
            .then()
            .statusCode(201)
            .extract();
    return new Subscription(created.path("id"), created.path("secret"));
  }
}
