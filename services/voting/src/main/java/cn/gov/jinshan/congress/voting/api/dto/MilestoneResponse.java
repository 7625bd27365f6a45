package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Milestone;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone. */
public record MilestoneResponse(
    UUID id, UUID projectId, String title, LocalDate dueOn, LocalDate doneOn, long version) {
  public static MilestoneResponse from(Milestone m) {
    return new MilestoneResponse(
        m.id(), m.projectId(), m.title(), m.dueOn(), m.doneOn(), m.version());
  }
}
