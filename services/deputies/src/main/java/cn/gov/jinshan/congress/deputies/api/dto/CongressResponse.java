package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.Congress;
import cn.gov.jinshan.congress.deputies.domain.CongressLevel;

public record CongressResponse(
    String id,
    String name,
    CongressLevel level,
    String levelLabel,
    String parentId,
    int currentTerm,
    int currentSession,
    long version) {
  public static CongressResponse from(Congress c) {
    return new CongressResponse(
        c.id(),
        c.name(),
        c.level(),
        c.level().label(),
        c.parentId(),
        c.currentTerm(),
        c.currentSession(),
        c.version());
  }
}
