package cn.gov.jinshan.congress.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway's merged OpenAPI document says what each service says: every operation's request and
 * response schemas, refs resolved, equal the owning service's own document (two services that use
 * the same component name for different things must both survive the merge).
 */
class MergedOpenApiIT {
  private static final Map<String, Integer> SERVICES =
      Map.of(
          "deputies",
          8081,
          "suggestions",
          8082,
          "supervision",
          8083,
          "voting",
          8084,
          "audit",
          8085,
          "notifications",
          8086);
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void shouldPublishEveryOperationWithItsOwnServicesSchemas() {
    Map<String, Object> merged = OpenApi.document().getMap("");
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
      Map<String, Object> own = ownDocument(service.getKey(), service.getValue());
      Map<String, Map<String, Object>> paths = map(own.get("paths"));
      for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
        for (String method : METHODS) {
          Map<String, Object> operation = map(path.getValue().get(method));
          if (operation == null) {
            continue;
          }
          Map<String, Object> mergedPath = map(map(merged.get("paths")).get(path.getKey()));
          Map<String, Object> mergedOperation =
              mergedPath == null ? null : map(mergedPath.get(method));
          String where = service.getKey() + " " + method.toUpperCase() + " " + path.getKey();
          if (mergedOperation == null) {
            differences.add(where + ": missing");
            continue;
          }
          compared++;
          compare(
              where + " request",
              operation.get("requestBody"),
              own,
              mergedOperation.get("requestBody"),
              merged,
              differences);
          compare(
              where + " responses",
              operation.get("responses"),
              own,
              mergedOperation.get("responses"),
              merged,
              differences);
          compare(
              where + " parameters",
              operation.get("parameters"),
              own,
              mergedOperation.get("parameters"),
              merged,
              differences);
        }
      }
    }
    differences.forEach(System.out::println);
    assertThat(compared).isGreaterThan(100);
    assertThat(differences).isEmpty();
  }

  /** The document says that unknown fields are refused: no JSON request object is open. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldDeclareEveryJsonRequestObjectClosed() {
    Map<String, Object> merged = OpenApi.document().getMap("");
    List<String> open = new ArrayList<>();
    OpenApi.operations()
        .forEach(
            (key, op) -> {
              Map<String, Object> body = map(op.get("requestBody"));
              Map<String, Object> content = body == null ? null : map(body.get("content"));
              Map<String, Object> json =
                  content == null ? null : map(content.get("application/json"));
              if (json == null) {
                return;
              }
              Object schema = resolve(json.get("schema"), merged, 0);
              if (schema instanceof Map<?, ?> object
                  && object.get("properties") != null
                  && !Boolean.FALSE.equals(
                      ((Map<String, Object>) object).get("additionalProperties"))) {
                open.add(key);
              }
            });
    assertThat(open).isEmpty();
  }

  private static void compare(
      String where,
      Object own,
      Map<String, Object> ownDocument,
      Object merged,
      Map<String, Object> mergedDocument,
      List<String> differences) {
    Object expected = resolve(own, ownDocument, 0);
    Object actual = resolve(merged, mergedDocument, 0);
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      differences.add(where + ":\n  own    " + expected + "\n  merged " + actual);
    }
  }

  /** {@code node} with every local $ref replaced by its target (cycles cut at a depth). */
  @SuppressWarnings("unchecked")
  static Object resolve(Object node, Map<String, Object> document, int depth) {
    if (depth > 12) {
      return "…";
    }
    if (node instanceof Map<?, ?> object) {
      Object ref = object.get("$ref");
      if (ref instanceof String text && text.startsWith("#/")) {
        Object target = document;
        for (String part : text.substring(2).split("/")) {
          target = ((Map<String, Object>) target).get(part);
        }
        return resolve(target, document, depth + 1);
      }
      Map<String, Object> copy = new java.util.TreeMap<>();
      object.forEach((k, v) -> copy.put((String) k, resolve(v, document, depth)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(resolve(item, document, depth)));
      return copy;
    }
    return node;
  }

  private static Map<String, Object> ownDocument(String service, int defaultPort) {
    String port =
        System.getenv().getOrDefault(service.toUpperCase() + "_PORT", String.valueOf(defaultPort));
    return given()
        .baseUri("http://127.0.0.1:" + port)
        .accept("application/json")
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> map(Object value) {
    return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, T>) m) : null;
  }
}
