package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One suggestion or motion as {@code GET /api/v1/suggestions/{id}} answers it. */
public record Item(
    UUID id,
    String kind,
    String kindLabel,
    String title,
    String content,
    String category,
    String categoryLabel,
    String state,
    String stateLabel,
    String registrationNumber,
    DeputyRef leadDeputy,
    List<CoSigner> coSigners,
    List<Task> tasks,
    String returnReason,
    LocalDate registeredOn,
    String leadDepartmentName,
    LocalDate assignedOn,
    LocalDate dueOn,
    boolean overdue,
    LocalDate repliedOn,
    LocalDate evaluationDueOn,
    int rehandlingRounds,
    String finalEvaluation,
    Instant submittedAt,
    Instant closedAt,
    Instant createdAt) {

  public List<CoSigner> coSignerList() {
    return coSigners == null ? List.of() : coSigners;
  }

  public List<Task> taskList() {
    return tasks == null ? List.of() : tasks;
  }
}
