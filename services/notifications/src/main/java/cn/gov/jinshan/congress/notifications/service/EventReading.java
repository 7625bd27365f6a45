package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the event handlers share: reading a payload and putting its facts together. */
final class EventReading {
  private EventReading() {}

  static <T> T read(EventEnvelope event, Class<T> type) throws JsonProcessingException {
    return EventJson.mapper().treeToValue(event.data(), type);
  }

  /** Facts from alternating keys and values; a null value is left out (the template's default). */
  static Map<String, String> facts(String... keysAndValues) {
    Map<String, String> facts = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        facts.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return facts;
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }

  static List<Party> departments(List<String> ids) {
    return list(ids).stream()
        .filter(id -> id != null && !id.isBlank())
        .map(id -> new Party(Party.Kind.DEPARTMENT, id))
        .toList();
  }
}
