package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import java.util.UUID;

/** What the public may see of a deputy: name, delegation and level, nothing personal. */
public record DirectoryEntry(
    UUID id, String name, String delegationName, DeputyLevel level, String levelLabel) {
  public static DirectoryEntry from(Deputy d) {
    return new DirectoryEntry(
        d.id(), d.name(), d.delegation().name(), d.level(), d.level().label());
  }
}
