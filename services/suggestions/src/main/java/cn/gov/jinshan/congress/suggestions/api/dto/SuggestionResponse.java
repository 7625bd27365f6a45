package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.service.SuggestionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One item with its co-signers and department tasks. */
public record SuggestionResponse(
    UUID id,
    String congressId,
    SuggestionKind kind,
    String kindLabel,
    String title,
    String content,
    Category category,
    String categoryLabel,
    SuggestionState state,
    String stateLabel,
    String registrationNumber,
    int term,
    int session,
    DeputyRef leadDeputy,
    List<CoSignerResponse> coSigners,
    List<TaskResponse> tasks,
    String returnReason,
    UUID mergedIntoId,
    List<UUID> mergedItemIds,
    UUID convertedFromId,
    UUID convertedToId,
    UUID referredFromId,
    UUID referredToId,
    LocalDate registeredOn,
    String leadDepartmentId,
    String leadDepartmentName,
    LocalDate assignedOn,
    LocalDate dueOn,
    boolean overdue,
    LocalDate repliedOn,
    LocalDate evaluationDueOn,
    int rehandlingRounds,
    EvaluationResult finalEvaluation,
    boolean keySupervised,
    String supervisingLeader,
    Instant submittedAt,
    Instant closedAt,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public static SuggestionResponse from(SuggestionView v) {
    Suggestion s = v.suggestion();
    return new SuggestionResponse(
        s.id(),
        s.congressId(),
        s.kind(),
        s.kind().label(),
        s.title(),
        s.content(),
        s.category(),
        s.category().label(),
        s.state(),
        s.state().label(),
        s.registrationNumber(),
        s.term(),
        s.session(),
        DeputyRef.lead(s, v.deputies()),
        v.coSigners().stream().map(c -> CoSignerResponse.from(c, v.deputies())).toList(),
        v.tasks().stream().map(t -> TaskResponse.from(t, v.departments())).toList(),
        s.returnReason(),
        s.mergedIntoId(),
        v.mergedItems(),
        s.convertedFromId(),
        s.convertedToId(),
        s.referredFromId(),
        s.referredToId(),
        s.registeredOn(),
        s.leadDepartmentId(),
        v.departments().of(s.congressId(), s.leadDepartmentId()),
        s.assignedOn(),
        s.dueOn(),
        s.isOverdue(v.today()),
        s.repliedOn(),
        s.evaluationDueOn(),
        s.rehandlingRounds(),
        s.finalEvaluation(),
        s.keySupervised(),
        s.supervisingLeader(),
        s.submittedAt(),
        s.closedAt(),
        s.version(),
        s.createdAt(),
        s.updatedAt());
  }
}
