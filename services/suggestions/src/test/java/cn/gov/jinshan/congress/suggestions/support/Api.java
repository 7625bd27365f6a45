package cn.gov.jinshan.congress.suggestions.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Short calls of the suggestions API for tests, with the builder of draft bodies. */
public final class Api {
  public static final String BASE = "/api/v1/suggestions";
  public static final String PROBLEM = "application/problem+json";

  private Api() {}

  public static ValidatableResponse post(String token, String path, Object body) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.post(path).then();
  }

  public static ValidatableResponse get(String token, String path) {
    return given().auth().oauth2(token).get(path).then();
  }

  /** A draft body: {@code aSuggestion().titled("…").build()}. */
  public static Draft aSuggestion() {
    return new Draft("SUGGESTION");
  }

  public static Draft aMotion() {
    return new Draft("MOTION");
  }

  /** Creates a draft as {@code deputyToken}; returns its id. */
  public static UUID draft(String deputyToken, Draft draft) {
    return UUID.fromString(
        post(deputyToken, BASE, draft.build()).statusCode(201).extract().path("id"));
  }

  public static void invite(String leadToken, UUID id, List<UUID> deputies) {
    post(leadToken, BASE + "/" + id + "/co-signers", Map.of("deputyIds", deputies)).statusCode(200);
  }

  public static void accept(String token, UUID id, UUID deputy) {
    post(token, BASE + "/" + id + "/co-signers/" + deputy + "/answer", Map.of("accept", true))
        .statusCode(200);
  }

  /** A draft body builder. */
  public static final class Draft {
    private final Map<String, Object> body = new java.util.LinkedHashMap<>();

    private Draft(String kind) {
      body.put("kind", kind);
      body.put("title", "关于加快推进农村公路提档升级的建议");
      body.put("content", "我区部分农村公路路面狭窄、破损严重，建议加快提档升级，完善安全设施。");
      body.put("category", "URBAN_CONSTRUCTION");
    }

    public Draft titled(String title) {
      body.put("title", title);
      return this;
    }

    public Draft content(String content) {
      body.put("content", content);
      return this;
    }

    public Draft with(String field, Object value) {
      body.put(field, value);
      return this;
    }

    public Map<String, Object> build() {
      return new java.util.LinkedHashMap<>(body);
    }
  }
}
