package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.ContactStation;
import cn.gov.jinshan.congress.deputies.domain.StationKind;
import java.util.UUID;

public record StationResponse(
    UUID id,
    String name,
    StationKind kind,
    String kindLabel,
    String address,
    UUID delegationId,
    long version) {
  public static StationResponse from(ContactStation s) {
    return new StationResponse(
        s.id(), s.name(), s.kind(), s.kind().label(), s.address(), s.delegationId(), s.version());
  }
}
