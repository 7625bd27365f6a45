package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.StationDuty;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StationDutyRepository implements PanacheRepositoryBase<StationDuty, UUID> {
  /** The roster of a station between two dates (at most the range asked, capped by the caller). */
  public List<StationDuty> roster(UUID stationId, LocalDate from, LocalDate to) {
    return list(
        "stationId = ?1 and dutyDate between ?2 and ?3 order by dutyDate, deputyId",
        stationId,
        from,
        to);
  }

  public boolean exists(UUID stationId, UUID deputyId, LocalDate date) {
    return count("stationId = ?1 and deputyId = ?2 and dutyDate = ?3", stationId, deputyId, date)
        > 0;
  }
}
