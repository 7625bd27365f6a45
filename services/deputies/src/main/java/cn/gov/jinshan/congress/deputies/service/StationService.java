package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.ContactStation;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.StationDuty;
import cn.gov.jinshan.congress.deputies.repository.ContactStationRepository;
import cn.gov.jinshan.congress.deputies.repository.DelegationRepository;
import cn.gov.jinshan.congress.deputies.repository.StationDutyRepository;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Contact stations and their duty rosters. Staff manage them; everyone signed in reads. */
@ApplicationScoped
public class StationService {
  static final int MAX_ROSTER_DAYS = 366;

  private final ContactStationRepository stations;
  private final StationDutyRepository duties;
  private final DelegationRepository delegations;
  private final DeputyService deputies;
  private final CurrentUser user;
  private final Clock clock;

  public StationService(
      ContactStationRepository stations,
      StationDutyRepository duties,
      DelegationRepository delegations,
      DeputyService deputies,
      CurrentUser user,
      Clock clock) {
    this.stations = stations;
    this.duties = duties;
    this.delegations = delegations;
    this.deputies = deputies;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public ContactStation create(CreateStation command) {
    if (command.delegationId() != null
        && delegations.findInCongress(user.congressId(), command.delegationId()).isEmpty()) {
      throw ProblemException.businessRule("delegation.unknown", command.delegationId());
    }
    if (stations.count("congressId = ?1 and name = ?2", user.congressId(), command.name()) > 0) {
      throw ProblemException.conflict("station.exists", command.name());
    }
    ContactStation station =
        new ContactStation(
            user.congressId(),
            command.name(),
            command.kind(),
            command.address(),
            command.delegationId(),
            clock.instant());
    // Flushed here so that a racing create with the same name hits contact_station_name_unique
    // inside the request (mapped to 409 duplicate), not at commit (where it would be a 500).
    stations.persistAndFlush(station);
    return station;
  }

  @Transactional
  public ContactStation get(UUID id) {
    return stations
        .findInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("station", id));
  }

  @Transactional
  public List<ContactStation> page(String afterName, UUID afterId, int limit) {
    return stations.page(user.congressId(), afterName, afterId, limit);
  }

  @Transactional
  public Scheduled schedule(UUID stationId, ScheduleDuty command) {
    ContactStation station = get(stationId);
    Deputy deputy = deputies.require(command.deputyId());
    if (duties.exists(station.id(), deputy.id(), command.dutyDate())) {
      throw ProblemException.conflict("duty.exists");
    }
    StationDuty duty = new StationDuty(station, deputy, command.dutyDate(), clock.instant());
    duties.persist(duty);
    return new Scheduled(station, duty);
  }

  /** A duty with its station (the answer carries the station's ETag). */
  public record Scheduled(ContactStation station, StationDuty duty) {}

  @Transactional
  public List<StationDuty> roster(UUID stationId, LocalDate from, LocalDate to) {
    if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_ROSTER_DAYS) {
      throw ProblemException.badRequest("duty.range");
    }
    return duties.roster(get(stationId).id(), from, to);
  }
}
