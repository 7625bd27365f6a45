package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import cn.gov.jinshan.congress.deputies.domain.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deputy's full record, for staff and for the deputy themselves. */
public record DeputyResponse(
    UUID id,
    UUID personId,
    String congressId,
    String name,
    Gender gender,
    Integer birthYear,
    String party,
    String occupation,
    DeputyLevel level,
    String levelLabel,
    int term,
    DelegationResponse delegation,
    DeputyStatus status,
    String statusLabel,
    LocalDate statusChangedOn,
    String statusReason,
    String userSubject,
    String phone,
    String email,
    String biography,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public static DeputyResponse from(Deputy d) {
    return new DeputyResponse(
        d.id(),
        d.personId(),
        d.congressId(),
        d.name(),
        d.gender(),
        d.birthYear(),
        d.party(),
        d.occupation(),
        d.level(),
        d.level().label(),
        d.term(),
        DelegationResponse.from(d.delegation()),
        d.status(),
        d.status().label(),
        d.statusChangedOn(),
        d.statusReason(),
        d.userSubject(),
        d.phone(),
        d.email(),
        d.biography(),
        d.version(),
        d.createdAt(),
        d.updatedAt());
  }
}
