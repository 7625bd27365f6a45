package cn.gov.jinshan.congress.audit.domain;

import java.time.Instant;

/**
 * The stored fields of a ledger entry that the hash chain covers, in canonical order.
 *
 * @param eventTime truncated to microseconds (the database's precision)
 * @param receivedAt truncated to microseconds
 */
public record EntryContent(
    long seq,
    String eventId,
    String congressId,
    String eventType,
    String source,
    String subject,
    String actorId,
    Instant eventTime,
    String topic,
    int partition,
    long offset,
    Instant receivedAt,
    EntryStatus status,
    String raw) {}
