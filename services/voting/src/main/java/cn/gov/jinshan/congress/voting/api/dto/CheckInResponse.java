package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.query.CheckInRow;
import java.time.Instant;
import java.util.UUID;

/** A deputy's check-in at the session. */
public record CheckInResponse(UUID deputyId, String name, Instant checkedInAt, boolean byStaff) {
  public static CheckInResponse from(CheckInRow row) {
    return new CheckInResponse(row.deputyId(), row.name(), row.checkedInAt(), row.byStaff());
  }
}
