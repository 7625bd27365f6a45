package cn.gov.jinshan.congress.platform.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** JSON paths as clients write them: {@code items[2].title}; never a Java class name. */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of the value a parser is at (the current name of each enclosing object). */
  public static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    return strip(String.join("", parts));
  }

  /** The path of a mapping error's references. */
  public static String of(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return strip(path.toString());
  }

  private static String strip(String path) {
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
