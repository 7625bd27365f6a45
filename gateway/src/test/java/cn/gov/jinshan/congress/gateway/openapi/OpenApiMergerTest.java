package cn.gov.jinshan.congress.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

  @Test
  void shouldKeepFirstDefinitionOfASharedComponentAndAllPaths() {
    Map<String, JsonObject> documents = new LinkedHashMap<>();
    documents.put("a", document("/api/v1/a", "first"));
    documents.put("b", document("/api/v1/b", "second"));

    JsonObject merged = OpenApiMerger.merge("API", "1", documents);

    assertThat(merged.getJsonObject("paths").fieldNames())
        .containsExactlyInAnyOrder("/api/v1/a", "/api/v1/b");
    assertThat(
            merged
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("Problem")
                .getString("description"))
        .isEqualTo("first");
    assertThat(merged.getJsonArray("tags").size()).isEqualTo(1);
    assertThat(merged.getJsonObject("info").getJsonArray("x-services"))
        .isEqualTo(new JsonArray().add("a").add("b"));
  }

  @Test
  void shouldProduceAValidEmptyDocumentWhenNoServiceAnswered() {
    JsonObject merged = OpenApiMerger.merge("API", "1", Map.of());

    assertThat(merged.getJsonObject("paths").isEmpty()).isTrue();
    assertThat(merged.getString("openapi")).startsWith("3.");
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
