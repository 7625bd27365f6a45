package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Contact;
import cn.gov.jinshan.congress.suggestions.domain.ContactWay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded contact with the deputy. */
public record ContactResponse(
    UUID id,
    String departmentId,
    LocalDate contactedOn,
    ContactWay way,
    String wayLabel,
    String summary,
    Instant recordedAt) {
  public static ContactResponse from(Contact c) {
    return new ContactResponse(
        c.id(),
        c.departmentId(),
        c.contactedOn(),
        c.way(),
        c.way().label(),
        c.summary(),
        c.createdAt());
  }
}
