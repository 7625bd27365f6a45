package cn.gov.jinshan.congress.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Collects every unknown field of a request body instead of failing on the first: while {@link
 * #collecting} runs, Jackson hands each property no request record declares to this handler, which
 * notes its JSON path and skips its value. Outside of it (events, stored JSON) unknown fields are
 * left to the mapper's own setting, so additive changes of other services' events keep working.
 */
public final class UnknownFields extends DeserializationProblemHandler {
  private static final ThreadLocal<List<UnknownField>> COLLECTED = new ThreadLocal<>();

  /** One field a request sent that its target does not declare. */
  public record UnknownField(String path, List<String> known) {}

  /** Runs {@code read} collecting the unknown fields; throws if there were any. */
  public static <T> T collecting(Callable<T> read) throws Exception {
    List<UnknownField> outer = COLLECTED.get();
    List<UnknownField> unknown = new ArrayList<>();
    COLLECTED.set(unknown);
    T value;
    try {
      value = read.call();
    } catch (Exception e) {
      if (!unknown.isEmpty()) {
        unknown.sort(Comparator.comparing(UnknownField::path));
        throw new UnknownFieldsException(unknown, e);
      }
      throw e;
    } finally {
      if (outer == null) {
        COLLECTED.remove();
      } else {
        COLLECTED.set(outer);
      }
    }
    if (!unknown.isEmpty()) {
      unknown.sort(Comparator.comparing(UnknownField::path));
      throw new UnknownFieldsException(unknown, null);
    }
    return value;
  }

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    List<UnknownField> unknown = COLLECTED.get();
    if (unknown == null) {
      return false;
    }
    String path = path(ctxt, p, propertyName);
    unknown.add(new UnknownField(path, known(deserializer)));
    p.skipChildren();
    return true;
  }

  /**
   * The field's JSON path. Records (creator properties) buffer unknown fields and replay them from
   * a buffer once the record is built; that buffer's context starts afresh, so the path of the
   * object is then the one of the request's own parser, which has just left the object.
   */
  private static String path(DeserializationContext ctxt, JsonParser p, String name) {
    JsonParser request = ctxt.getParser();
    String enclosing;
    if (request != null && request != p) {
      enclosing = JsonPaths.of(request.getParsingContext());
    } else {
      JsonStreamContext where = p.getParsingContext();
      while (where != null && !(where.inObject() && name.equals(where.getCurrentName()))) {
        where = where.getParent();
      }
      enclosing = where == null ? "" : JsonPaths.of(where.getParent());
    }
    return enclosing.isEmpty() ? name : enclosing + "." + name;
  }

  private static List<String> known(JsonDeserializer<?> deserializer) {
    Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
    return names == null ? List.of() : names.stream().map(Objects::toString).sorted().toList();
  }
}
