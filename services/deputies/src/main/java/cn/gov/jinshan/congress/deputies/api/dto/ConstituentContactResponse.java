package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ConstituentContactResponse(
    UUID id,
    UUID deputyId,
    UUID stationId,
    LocalDate receivedOn,
    String constituentName,
    String subject,
    String content,
    UUID suggestionId,
    long version,
    Instant createdAt) {
  public static ConstituentContactResponse from(ConstituentContact c) {
    return new ConstituentContactResponse(
        c.id(),
        c.deputyId(),
        c.stationId(),
        c.receivedOn(),
        c.constituentName(),
        c.subject(),
        c.content(),
        c.suggestionId(),
        c.version(),
        c.createdAt());
  }
}
