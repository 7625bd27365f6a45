package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.Objects;

/**
 * Which entries a query or a live stream wants: always one congress, optionally one event id, type,
 * subject (aggregate id), actor, source, topic and event-time range {@code [from, to)}.
 */
public record EntryFilter(
    String congressId,
    String eventId,
    String type,
    String subject,
    String actor,
    String source,
    String topic,
    Instant from,
    Instant to) {

  public EntryFilter {
    Objects.requireNonNull(congressId, "congressId");
  }

  public static EntryFilter congress(String congressId) {
    return new EntryFilter(congressId, null, null, null, null, null, null, null, null);
  }

  public boolean matches(EntryContent e) {
    return congressId.equals(e.congressId())
        && (eventId == null || eventId.equals(e.eventId()))
        && (type == null || type.equals(e.eventType()))
        && (subject == null || subject.equals(e.subject()))
        && (actor == null || actor.equals(e.actorId()))
        && (source == null || source.equals(e.source()))
        && (topic == null || topic.equals(e.topic()))
        && (from == null || (e.eventTime() != null && !e.eventTime().isBefore(from)))
        && (to == null || (e.eventTime() != null && e.eventTime().isBefore(to)));
  }

  /** The HQL condition of this filter; bind it with {@link #parameters()}. */
  String where() {
    StringBuilder where = new StringBuilder("congressId = :congress");
    if (eventId != null) {
      where.append(" and eventId = :eventId");
    }
    if (type != null) {
      where.append(" and eventType = :type");
    }
    if (subject != null) {
      where.append(" and subject = :subject");
    }
    if (actor != null) {
      where.append(" and actorId = :actor");
    }
    if (source != null) {
      where.append(" and source = :source");
    }
    if (topic != null) {
      where.append(" and topic = :topic");
    }
    if (from != null) {
      where.append(" and eventTime >= :from");
    }
    if (to != null) {
      where.append(" and eventTime < :to");
    }
    return where.toString();
  }

  Parameters parameters() {
    Parameters p = Parameters.with("congress", congressId);
    if (eventId != null) {
      p.and("eventId", eventId);
    }
    if (type != null) {
      p.and("type", type);
    }
    if (subject != null) {
      p.and("subject", subject);
    }
    if (actor != null) {
      p.and("actor", actor);
    }
    if (source != null) {
      p.and("source", source);
    }
    if (topic != null) {
      p.and("topic", topic);
    }
    if (from != null) {
      p.and("from", from);
    }
    if (to != null) {
      p.and("to", to);
    }
    return p;
  }
}
