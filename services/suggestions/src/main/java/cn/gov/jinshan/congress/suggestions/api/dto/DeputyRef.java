package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import java.util.Map;
import java.util.UUID;

/** A deputy as lists show them: name and delegation only. */
public record DeputyRef(UUID id, String name, String delegationName) {
  public static DeputyRef of(UUID id, Map<UUID, DeputyCopy> copies) {
    DeputyCopy c = copies.get(id);
    return c == null
        ? new DeputyRef(id, null, null)
        : new DeputyRef(id, c.name(), c.delegationName());
  }
}
