package cn.gov.jinshan.congress.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The routes the service under test documents in its OpenAPI document (/q/openapi). */
public final class OpenApiRoutes {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private OpenApiRoutes() {}

  /** Every documented operation as "METHOD /path/{param}", e.g. "GET /api/v1/deputies/{id}". */
  public static Set<String> documented() {
    JsonPath openapi =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Set<String> documented = new TreeSet<>();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    paths.forEach(
        (path, operations) ->
            operations.keySet().stream()
                .filter(METHODS::contains)
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
    return documented;
  }
}
