package cn.gov.jinshan.congress.audit.api.dto;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import cn.gov.jinshan.congress.audit.domain.LedgerEntry;
import cn.gov.jinshan.congress.audit.service.AppendedEntry;
import cn.gov.jinshan.congress.audit.service.AuditQueryService;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A ledger entry. {@code data} is the event's payload, personal fields included: every audit route
 * is for the auditor and admin roles only. {@code raw} (the record exactly as received) is shown on
 * the single-entry route.
 */
public record EntryResponse(
    long seq,
    String eventId,
    String congressId,
    String type,
    String source,
    String subject,
    String actorId,
    Instant time,
    String topic,
    int partition,
    long offset,
    Instant receivedAt,
    String status,
    String hash,
    JsonNode data,
    @JsonInclude(JsonInclude.Include.NON_NULL) String raw) {

  public static EntryResponse from(AppendedEntry entry) {
    return of(entry.content(), entry.hash(), entry.data(), null);
  }

  public static EntryResponse from(LedgerEntry entry) {
    return of(entry.content(), entry.hash(), AuditQueryService.data(entry.payload()), null);
  }

  public static EntryResponse withRaw(LedgerEntry entry) {
    return of(entry.content(), entry.hash(), AuditQueryService.data(entry.payload()), entry.raw());
  }

  private static EntryResponse of(EntryContent e, String hash, JsonNode data, String raw) {
    return new EntryResponse(
        e.seq(),
        e.eventId(),
        e.congressId(),
        e.eventType(),
        e.source(),
        e.subject(),
        e.actorId(),
        e.eventTime(),
        e.topic(),
        e.partition(),
        e.offset(),
        e.receivedAt(),
        e.status().name(),
        hash,
        data,
        raw);
  }
}
