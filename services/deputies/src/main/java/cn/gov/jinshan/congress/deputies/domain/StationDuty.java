package cn.gov.jinshan.congress.deputies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deputy on the duty roster of a contact station on a date (unique per station, deputy, date).
 */
@Entity
@Table(name = "station_duty")
public class StationDuty {
  @Id private UUID id;

  @Column(name = "congress_id", updatable = false)
  private String congressId;

  @Column(name = "station_id", updatable = false)
  private UUID stationId;

  @Column(name = "deputy_id", updatable = false)
  private UUID deputyId;

  @Column(name = "duty_date", updatable = false)
  private LocalDate dutyDate;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected StationDuty() {}

  public StationDuty(ContactStation station, Deputy deputy, LocalDate dutyDate, Instant now) {
    this.id = UUID.randomUUID();
    this.congressId = station.congressId();
    this.stationId = station.id();
    this.deputyId = deputy.id();
    this.dutyDate = dutyDate;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID stationId() {
    return stationId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public LocalDate dutyDate() {
    return dutyDate;
  }
}
