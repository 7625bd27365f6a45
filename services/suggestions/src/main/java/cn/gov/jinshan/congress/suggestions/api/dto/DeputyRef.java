package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import java.util.Map;
import java.util.UUID;

/** A deputy as lists show them: name and delegation only. */
public record DeputyRef(UUID id, String name, String delegationName) {
  /** The lead of an item: from the copy, or as the referring congress knew them. */
  public static DeputyRef lead(
      cn.gov.jinshan.congress.suggestions.domain.Suggestion s, Map<UUID, DeputyCopy> copies) {
    DeputyCopy c = copies.get(s.leadDeputyId());
    return c == null
        ? new DeputyRef(s.leadDeputyId(), s.leadName(), s.leadDelegationName())
        : new DeputyRef(s.leadDeputyId(), c.name(), c.delegationName());
  }

  public static DeputyRef of(UUID id, Map<UUID, DeputyCopy> copies) {
    DeputyCopy c = copies.get(id);
    return c == null
        ? new DeputyRef(id, null, null)
        : new DeputyRef(id, c.name(), c.delegationName());
  }
}
