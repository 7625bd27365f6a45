package cn.gov.jinshan.congress.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: all paths (the gateway forwards paths unchanged,
 * so they are already the paths as seen through the gateway), all components and all tags. The
 * servers are the gateway itself.
 *
 * <p>Components are namespaced where the services disagree: a name that two services define
 * differently (voting's {@code Outcome} is not supervision's) becomes {@code <service>.<name>} in
 * each of them, and every reference of that service ({@code $ref}, discriminator mappings, security
 * requirements) is rewritten to it. So is a name whose definitions are equal but refer, directly or
 * not, to such a component. Components that are the same everywhere (the shared Problem) stay once
 * under their own name.
 */
public final class OpenApiMerger {
  static final List<String> COMPONENT_KINDS =
      List.of(
          "schemas",
          "responses",
          "parameters",
          "examples",
          "requestBodies",
          "headers",
          "securitySchemes",
          "links",
          "callbacks",
          "pathItems");
  private static final String REF_PREFIX = "#/components/";
  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private OpenApiMerger() {}

  public static JsonObject merge(String title, String version, Map<String, JsonObject> documents) {
    Map<String, Map<String, String>> renames = renames(documents);
    JsonObject paths = new JsonObject();
    JsonObject components = new JsonObject();
    Set<String> tagNames = new LinkedHashSet<>();
    JsonArray tags = new JsonArray();
    JsonArray services = new JsonArray();
    String openapiVersion = "3.0.3";
    for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
      String service = entry.getKey();
      Map<String, String> renamed = renames.getOrDefault(service, Map.of());
      JsonObject document = entry.getValue();
      openapiVersion = document.getString("openapi", openapiVersion);
      services.add(service);
      JsonArray defaultSecurity = document.getJsonArray("security");
      JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
      for (String path : servicePaths.fieldNames()) {
        JsonObject item = (JsonObject) rewrite(servicePaths.getValue(path), renamed);
        if (defaultSecurity != null) {
          // the merged document has no document-wide security: each operation carries its own
          item.forEach(
              op -> {
                if (OPERATIONS.contains(op.getKey())
                    && op.getValue() instanceof JsonObject operation
                    && !operation.containsKey("security")) {
                  operation.put("security", rewrite(defaultSecurity.copy(), renamed));
                }
              });
        }
        paths.put(path, item);
      }
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
          String target =
              renamed.getOrDefault(REF_PREFIX + kind + "/" + name, REF_PREFIX + kind + "/" + name);
          String targetName = target.substring(target.lastIndexOf('/') + 1);
          if (!merged.containsKey(targetName)) {
            merged.put(targetName, rewrite(definitions.getValue(name), renamed));
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

  /**
   * Per service: "#/components/kind/Name" → "#/components/kind/service.Name" for each component
   * that must be namespaced in that service.
   */
  private static Map<String, Map<String, String>> renames(Map<String, JsonObject> documents) {
    // "#/components/kind/Name" → service → definition
    Map<String, Map<String, Object>> definitions = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    documents.forEach(
        (service, document) -> {
          JsonObject components = document.getJsonObject("components", new JsonObject());
          for (String kind : COMPONENT_KINDS) {
            JsonObject ofKind = components.getJsonObject(kind, new JsonObject());
            for (String name : ofKind.fieldNames()) {
              String ref = REF_PREFIX + kind + "/" + name;
              taken.add(ref);
              definitions
                  .computeIfAbsent(ref, r -> new LinkedHashMap<>())
                  .put(service, ofKind.getValue(name));
            }
          }
        });
    Set<String> namespaced = new HashSet<>();
    definitions.forEach(
        (ref, byService) -> {
          if (new HashSet<>(byService.values()).size() > 1) {
            namespaced.add(ref);
          }
        });
    // Equal definitions that refer to a namespaced component would differ once rewritten.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, Map<String, Object>> entry : definitions.entrySet()) {
        if (entry.getValue().size() < 2 || namespaced.contains(entry.getKey())) {
          continue;
        }
        for (Object definition : entry.getValue().values()) {
          Set<String> refs = new HashSet<>();
          collectRefs(definition, refs);
          refs.retainAll(namespaced);
          if (!refs.isEmpty()) {
            namespaced.add(entry.getKey());
            changed = true;
            break;
          }
        }
      }
    }
    Map<String, Map<String, String>> renames = new HashMap<>();
    for (String ref : namespaced) {
      String kind = ref.substring(REF_PREFIX.length(), ref.lastIndexOf('/'));
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      for (String service : definitions.get(ref).keySet()) {
        String candidate = REF_PREFIX + kind + "/" + service + "." + name;
        for (int n = 2; taken.contains(candidate); n++) {
          candidate = REF_PREFIX + kind + "/" + service + "." + name + "_" + n;
        }
        taken.add(candidate);
        renames.computeIfAbsent(service, s -> new HashMap<>()).put(ref, candidate);
      }
    }
    return renames;
  }

  private static void collectRefs(Object node, Set<String> refs) {
    if (node instanceof JsonObject object) {
      object.forEach(
          field -> {
            if (field.getValue() instanceof String text && text.startsWith(REF_PREFIX)) {
              refs.add(text);
            } else {
              collectRefs(field.getValue(), refs);
            }
          });
    } else if (node instanceof JsonArray array) {
      array.forEach(item -> collectRefs(item, refs));
    }
  }

  /** A copy of {@code node} with every renamed reference rewritten. */
  static Object rewrite(Object node, Map<String, String> renamed) {
    if (node instanceof JsonObject object) {
      JsonObject copy = new JsonObject();
      object.forEach(
          field -> {
            String key = field.getKey();
            Object value = field.getValue();
            if (key.equals("security") && value instanceof JsonArray requirements) {
              copy.put(key, rewriteSecurity(requirements, renamed));
            } else {
              copy.put(key, rewrite(value, renamed));
            }
          });
      return copy;
    }
    if (node instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      array.forEach(item -> copy.add(rewrite(item, renamed)));
      return copy;
    }
    if (node instanceof String text && text.startsWith(REF_PREFIX)) {
      return renamed.getOrDefault(text, text);
    }
    return node;
  }

  /** Security requirements name their schemes by key, not by $ref. */
  private static JsonArray rewriteSecurity(JsonArray requirements, Map<String, String> renamed) {
    JsonArray copy = new JsonArray();
    for (Object requirement : requirements) {
      if (requirement instanceof JsonObject schemes) {
        JsonObject rewritten = new JsonObject();
        schemes.forEach(
            scheme -> {
              String ref = renamed.get(REF_PREFIX + "securitySchemes/" + scheme.getKey());
              String name = ref == null ? scheme.getKey() : ref.substring(ref.lastIndexOf('/') + 1);
              rewritten.put(name, rewrite(scheme.getValue(), renamed));
            });
        copy.add(rewritten);
      } else {
        copy.add(rewrite(requirement, renamed));
      }
    }
    return copy;
  }
}
