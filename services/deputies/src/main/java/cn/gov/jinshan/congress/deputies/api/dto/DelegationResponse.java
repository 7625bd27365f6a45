package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.Delegation;
import java.util.UUID;

public record DelegationResponse(UUID id, String name) {
  public static DelegationResponse from(Delegation d) {
    return new DelegationResponse(d.id(), d.name());
  }
}
