package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.StationDuty;
import java.time.LocalDate;
import java.util.UUID;

public record DutyResponse(UUID id, UUID stationId, UUID deputyId, LocalDate dutyDate) {
  public static DutyResponse from(StationDuty d) {
    return new DutyResponse(d.id(), d.stationId(), d.deputyId(), d.dutyDate());
  }
}
