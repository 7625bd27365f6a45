package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.domain.TaskState;
import cn.gov.jinshan.congress.suggestions.service.DepartmentNames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A department's task on an item. */
public record TaskResponse(
    UUID id,
    String departmentId,
    String departmentName,
    TaskRole role,
    String roleLabel,
    TaskState state,
    String stateLabel,
    LocalDate assignedOn,
    LocalDate sendBackUntil,
    LocalDate opinionDueOn,
    Instant signedAt,
    String sendBackReason,
    String opinion,
    Instant opinionAt) {
  public static TaskResponse from(HandlingTask t, DepartmentNames names) {
    return new TaskResponse(
        t.id(),
        t.departmentId(),
        names.of(t.congressId(), t.departmentId()),
        t.role(),
        t.role().label(),
        t.state(),
        t.state().label(),
        t.assignedOn(),
        t.sendBackUntil(),
        t.opinionDueOn(),
        t.signedAt(),
        t.sendBackReason(),
        t.opinion(),
        t.opinionAt());
  }
}
