package cn.gov.jinshan.congress.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sample values from the merged OpenAPI document's JSON schemas (refs resolved). */
final class Schemas {
  private Schemas() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> current = schema;
    for (int i = 0; i < 20 && current != null && current.containsKey("$ref"); i++) {
      String name = ((String) current.get("$ref")).replace("#/components/schemas/", "");
      // a name may hold dots (components namespaced per service, voting.Outcome): no GPath
      Map<String, Map<String, Object>> schemas = OpenApi.document().getMap("components.schemas");
      current = schemas.get(name);
    }
    if (current != null && current.containsKey("allOf")) {
      List<Map<String, Object>> all = (List<Map<String, Object>>) current.get("allOf");
      if (!all.isEmpty()) {
        return resolve(all.get(0));
      }
    }
    return current == null ? Map.of() : current;
  }

  /** The kind of a schema: uuid, date, date-time, enum, string, integer, number, boolean, … */
  static String kind(Map<String, Object> raw) {
    Map<String, Object> schema = resolve(raw);
    if (schema.containsKey("enum")) {
      return "enum";
    }
    String type = (String) schema.getOrDefault("type", "object");
    Object format = schema.get("format");
    if ("string".equals(type) && format != null) {
      return switch (format.toString()) {
        case "uuid" -> "uuid";
        case "date" -> "date";
        case "date-time" -> "date-time";
        default -> "string";
      };
    }
    return type;
  }

  /** A plausible value: right types, within declared bounds. */
  @SuppressWarnings("unchecked")
  static Object sample(Map<String, Object> raw, int depth) {
    Map<String, Object> schema = resolve(raw);
    if (depth > 6) {
      return null;
    }
    switch (kind(schema)) {
      case "enum":
        return ((List<Object>) schema.get("enum")).get(0);
      case "uuid":
        return UUID.randomUUID().toString();
      case "date":
        return LocalDate.now(Performance.CHINA).toString();
      case "date-time":
        return Instant.now().toString();
      case "string":
        return "系统测试";
      case "integer":
      case "number":
        Object min = schema.get("minimum");
        return min instanceof Number n ? n : 1;
      case "boolean":
        return true;
      case "array":
        Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
        List<Object> list = new ArrayList<>();
        list.add(sample(items, depth + 1));
        return list;
      default:
        Map<String, Object> object = new LinkedHashMap<>();
        Map<String, Map<String, Object>> properties =
            (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
        properties.forEach((name, p) -> object.put(name, sample(p, depth + 1)));
        return object;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> properties(Map<String, Object> raw) {
    return (Map<String, Map<String, Object>>) resolve(raw).getOrDefault("properties", Map.of());
  }
}
