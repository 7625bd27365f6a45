package cn.gov.jinshan.congress.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

  @Test
  void shouldKeepAComponentTheServicesShareOnceAndAllPaths() {
    Map<String, JsonObject> documents = new LinkedHashMap<>();
    documents.put("a", document("/api/v1/a", "same"));
    documents.put("b", document("/api/v1/b", "same"));

    JsonObject merged = OpenApiMerger.merge("API", "1", documents);

    assertThat(merged.getJsonObject("paths").fieldNames())
        .containsExactlyInAnyOrder("/api/v1/a", "/api/v1/b");
    assertThat(merged.getJsonObject("components").getJsonObject("schemas").fieldNames())
        .containsExactly("Problem");
    assertThat(merged.getJsonArray("tags").size()).isEqualTo(1);
    assertThat(merged.getJsonObject("info").getJsonArray("x-services"))
        .isEqualTo(new JsonArray().add("a").add("b"));
  }

  /**
   * Voting's Outcome (SHORTLISTED/REJECTED) is not supervision's: each keeps its own, under its
   * service's name, and so does a schema that is the same text in both but refers to Outcome.
   */
  @Test
  void shouldNamespaceComponentsTheServicesDefineDifferently() {
    Map<String, JsonObject> documents = new LinkedHashMap<>();
    documents.put("supervision", outcomes("/api/v1/supervision-ratings", "SATISFIED", "RE_REPORT"));
    documents.put("voting", outcomes("/api/v1/livelihood-results", "SHORTLISTED", "REJECTED"));

    JsonObject merged = OpenApiMerger.merge("API", "1", documents);

    JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.fieldNames())
        .containsExactlyInAnyOrder(
            "Problem",
            "supervision.Outcome",
            "voting.Outcome",
            "supervision.Result",
            "voting.Result");
    assertThat(schemas.getJsonObject("voting.Outcome").getJsonArray("enum"))
        .containsExactly("SHORTLISTED", "REJECTED");
    documents.forEach(
        (service, own) -> {
          String path = own.getJsonObject("paths").fieldNames().iterator().next();
          JsonObject operation =
              merged.getJsonObject("paths").getJsonObject(path).getJsonObject("post");
          JsonObject ownOperation =
              own.getJsonObject("paths").getJsonObject(path).getJsonObject("post");
          for (String part : List.of("requestBody", "responses")) {
            assertThat(resolve(operation.getValue(part), merged))
                .as(path + " " + part)
                .isEqualTo(resolve(ownOperation.getValue(part), own));
          }
          assertThat(operation.getJsonArray("security"))
              .as("the service's default security on each operation")
              .isEqualTo(
                  new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())));
        });
  }

  @Test
  void shouldRenameASecuritySchemeWhereTheServicesDefineItDifferently() {
    JsonObject a = document("/api/v1/a", "same");
    JsonObject b = document("/api/v1/b", "same");
    a.getJsonObject("components")
        .put("securitySchemes", new JsonObject().put("jwt", new JsonObject().put("type", "http")));
    b.getJsonObject("components")
        .put(
            "securitySchemes", new JsonObject().put("jwt", new JsonObject().put("type", "oauth2")));
    b.getJsonObject("paths")
        .getJsonObject("/api/v1/b")
        .getJsonObject("get")
        .put("security", new JsonArray().add(new JsonObject().put("jwt", new JsonArray())));

    JsonObject merged = OpenApiMerger.merge("API", "1", Map.of("a", a, "b", b));

    assertThat(merged.getJsonObject("components").getJsonObject("securitySchemes").fieldNames())
        .containsExactlyInAnyOrder("a.jwt", "b.jwt");
    assertThat(
            merged
                .getJsonObject("paths")
                .getJsonObject("/api/v1/b")
                .getJsonObject("get")
                .getJsonArray("security")
                .getJsonObject(0)
                .fieldNames())
        .containsExactly("b.jwt");
  }

  @Test
  void shouldProduceAValidEmptyDocumentWhenNoServiceAnswered() {
    JsonObject merged = OpenApiMerger.merge("API", "1", Map.of());

    assertThat(merged.getJsonObject("paths").isEmpty()).isTrue();
    assertThat(merged.getString("openapi")).startsWith("3.");
  }

  private static JsonObject outcomes(String path, String... codes) {
    JsonObject ref = new JsonObject().put("$ref", "#/components/schemas/Result");
    JsonObject operation =
        new JsonObject()
            .put(
                "requestBody",
                new JsonObject()
                    .put(
                        "content",
                        new JsonObject()
                            .put(
                                "application/json",
                                new JsonObject()
                                    .put(
                                        "schema",
                                        new JsonObject()
                                            .put("$ref", "#/components/schemas/Outcome")))))
            .put(
                "responses",
                new JsonObject()
                    .put(
                        "200",
                        new JsonObject()
                            .put(
                                "content",
                                new JsonObject()
                                    .put("application/json", new JsonObject().put("schema", ref))))
                    .put(
                        "400",
                        new JsonObject()
                            .put(
                                "content",
                                new JsonObject()
                                    .put(
                                        "application/problem+json",
                                        new JsonObject()
                                            .put(
                                                "schema",
                                                new JsonObject()
                                                    .put(
                                                        "$ref",
                                                        "#/components/schemas/Problem"))))));
    JsonObject schemas =
        new JsonObject()
            .put("Problem", new JsonObject().put("type", "object"))
            .put(
                "Outcome",
                new JsonObject().put("type", "string").put("enum", new JsonArray(List.of(codes))))
            .put(
                "Result",
                new JsonObject()
                    .put("type", "object")
                    .put(
                        "properties",
                        new JsonObject()
                            .put(
                                "outcome",
                                new JsonObject().put("$ref", "#/components/schemas/Outcome"))));
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put(
            "security",
            new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())))
        .put("paths", new JsonObject().put(path, new JsonObject().put("post", operation)))
        .put("components", new JsonObject().put("schemas", schemas));
  }

  /** {@code node} with every $ref replaced by what it refers to in {@code document}. */
  static Object resolve(Object node, JsonObject document) {
    if (node instanceof JsonObject object) {
      if (object.getValue("$ref") instanceof String ref && ref.startsWith("#/")) {
        Object target = document;
        for (String part : ref.substring(2).split("/")) {
          target = ((JsonObject) target).getValue(part);
        }
        return resolve(target, document);
      }
      JsonObject copy = new JsonObject();
      object.forEach(field -> copy.put(field.getKey(), resolve(field.getValue(), document)));
      return copy;
    }
    if (node instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      array.forEach(item -> copy.add(resolve(item, document)));
      return copy;
    }
    return node;
  }

  private static JsonObject document(String path, String problemDescription) {
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject())))
        .put("tags", new JsonArray().add(new JsonObject().put("name", "shared")))
        .put(
            "components",
            new JsonObject()
                .put(
                    "schemas",
                    new JsonObject()
                        .put("Problem", new JsonObject().put("description", problemDescription))));
  }
}
