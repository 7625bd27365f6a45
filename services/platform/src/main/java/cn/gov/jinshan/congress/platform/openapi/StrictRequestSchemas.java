package cn.gov.jinshan.congress.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the OpenAPI document what the services do: a JSON request body with a field its operation
 * does not know is refused, so every object schema a JSON request body uses (directly or nested)
 * gets {@code additionalProperties: false}. Schemas that are maps (their own additionalProperties)
 * are left as they are.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StrictRequestSchemas implements OASFilter {
  private static final String SCHEMA_REF = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Map<String, Schema> components =
        openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            ? Map.of()
            : openAPI.getComponents().getSchemas();
    Deque<Schema> pending = new ArrayDeque<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getRequestBody() == null
            || operation.getRequestBody().getContent() == null
            || operation.getRequestBody().getContent().getMediaTypes() == null) {
          continue;
        }
        operation
            .getRequestBody()
            .getContent()
            .getMediaTypes()
            .forEach(
                (type, media) -> {
                  if (type.toLowerCase().contains("json") && schema(media) != null) {
                    pending.add(schema(media));
                  }
                });
      }
    }
    Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<String> seenRefs = new HashSet<>();
    while (!pending.isEmpty()) {
      Schema schema = pending.poll();
      if (!seen.add(schema)) {
        continue;
      }
      String ref = schema.getRef();
      if (ref != null) {
        if (ref.startsWith(SCHEMA_REF) && seenRefs.add(ref)) {
          Schema target = components.get(ref.substring(SCHEMA_REF.length()));
          if (target != null) {
            pending.add(target);
          }
        }
        continue;
      }
      if (schema.getProperties() != null
          && !schema.getProperties().isEmpty()
          && schema.getAdditionalPropertiesSchema() == null
          && schema.getAdditionalPropertiesBoolean() == null) {
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
      }
      Stream.of(
              schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values(),
              nullSafe(schema.getAllOf()),
              nullSafe(schema.getAnyOf()),
              nullSafe(schema.getOneOf()),
              schema.getItems() == null ? List.<Schema>of() : List.of(schema.getItems()))
          .flatMap(java.util.Collection::stream)
          .filter(Objects::nonNull)
          .forEach(pending::add);
    }
  }

  private static Schema schema(MediaType media) {
    return media == null ? null : media.getSchema();
  }

  private static List<Schema> nullSafe(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }
}
