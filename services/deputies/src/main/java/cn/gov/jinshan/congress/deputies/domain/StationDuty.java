package cn.gov.jinshan.congress.deputies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deputy on the duty roster of a contact station on a date (unique per station, deputy, date).
 */
@Entity
public class StationDuty {
  @Id private UUID id;

  @Column(updatable = false)
  private String congressId;

  @Column(updatable = false)
  private UUID stationId;

  @Column(updatable = false)
  private UUID deputyId;

  @Column(updatable = false)
  private LocalDate dutyDate;

  @Column(updatable = false)
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
