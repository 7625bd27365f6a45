package cn.gov.jinshan.congress.e2e;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The gateway's merged OpenAPI document (every service's routes). */
final class OpenApi {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static volatile JsonPath document;

  private OpenApi() {}

  static JsonPath document() {
    if (document == null) {
      document =
          Gateway.anonymous()
              .accept("application/json")
              .queryParam("format", "json")
              .get("/q/openapi")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
    }
    return document;
  }

  /** "METHOD /path" → the operation object, for every operation of the document. */
  static Map<String, Map<String, Object>> operations() {
    Map<String, Map<String, Object>> operations = new TreeMap<>();
    Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
    paths.forEach(
        (path, ops) ->
            ops.forEach(
                (method, op) -> {
                  if (METHODS.contains(method)) {
                    operations.put(method.toUpperCase() + " " + path, op);
                  }
                }));
    return operations;
  }
}
