package cn.gov.jinshan.congress.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: all paths (the gateway forwards paths unchanged,
 * so they are already the paths as seen through the gateway), all components (the first definition
 * of a name wins; the services share the same Problem schema) and all tags. The servers are the
 * gateway itself.
 */
public final class OpenApiMerger {
  private static final String[] COMPONENT_KINDS = {
    "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes"
  };

  private OpenApiMerger() {}

  public static JsonObject merge(String title, String version, Map<String, JsonObject> documents) {
    JsonObject paths = new JsonObject();
    JsonObject components = new JsonObject();
    Set<String> tagNames = new LinkedHashSet<>();
    JsonArray tags = new JsonArray();
    JsonArray services = new JsonArray();
    String openapiVersion = "3.0.3";
    for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
      JsonObject document = entry.getValue();
      openapiVersion = document.getString("openapi", openapiVersion);
      services.add(entry.getKey());
      JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
      servicePaths.forEach(path -> paths.put(path.getKey(), path.getValue()));
      JsonObject serviceComponents = document.getJsonObject("components", new JsonObject());
      for (String kind : COMPONENT_KINDS) {
        JsonObject definitions = serviceComponents.getJsonObject(kind);
        if (definitions == null) {
          continue;
        }
        JsonObject merged = components.getJsonObject(kind);
        if (merged == null) {
          merged = new JsonObject();
          components.put(kind, merged);
        }
        for (String name : definitions.fieldNames()) {
          if (!merged.containsKey(name)) {
            merged.put(name, definitions.getValue(name));
          }
        }
      }
      JsonArray serviceTags = document.getJsonArray("tags", new JsonArray());
      for (Object tag : serviceTags) {
        if (tag instanceof JsonObject tagObject && tagNames.add(tagObject.getString("name"))) {
          tags.add(tagObject);
        }
      }
    }
    JsonObject merged =
        new JsonObject()
            .put("openapi", openapiVersion)
            .put(
                "info",
                new JsonObject()
                    .put("title", title)
                    .put("version", version)
                    .put("x-services", services))
            .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
            .put("paths", paths)
            .put("components", components);
    if (!tags.isEmpty()) {
      merged.put("tags", tags);
    }
    return merged;
  }
}
