package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.SubjectProgress;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.SupervisionSubject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A follow-up subject from another service, with its history when asked for one. */
public record SubjectResponse(
    UUID id,
    SubjectSource source,
    String sourceLabel,
    String sourceId,
    String title,
    String departmentId,
    String supervisor,
    Integer year,
    Integer progressPercent,
    String status,
    Instant lastEventAt,
    List<ProgressEntry> history) {

  public static SubjectResponse from(SupervisionSubject s, List<SubjectProgress> history) {
    return new SubjectResponse(
        s.id(),
        s.source(),
        s.source().label(),
        s.sourceId(),
        s.title(),
        s.departmentId(),
        s.supervisor(),
        s.year(),
        s.progressPercent(),
        s.status(),
        s.lastEventAt(),
        history == null
            ? null
            : history.stream()
                .map(
                    p -> new ProgressEntry(p.eventType(), p.occurredAt(), p.percent(), p.summary()))
                .toList());
  }

  /** One event in the subject's history. */
  public record ProgressEntry(
      String eventType, Instant occurredAt, Integer percent, String summary) {}
}
