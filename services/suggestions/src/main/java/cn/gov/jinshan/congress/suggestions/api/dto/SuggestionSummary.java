package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An item in a list. */
public record SuggestionSummary(
    UUID id,
    SuggestionKind kind,
    String title,
    Category category,
    String categoryLabel,
    SuggestionState state,
    String stateLabel,
    String registrationNumber,
    int term,
    int session,
    DeputyRef leadDeputy,
    String leadDepartmentId,
    String leadDepartmentName,
    LocalDate dueOn,
    boolean overdue,
    boolean keySupervised,
    Instant createdAt) {
  public static SuggestionSummary from(
      Suggestion s,
      Map<UUID, DeputyCopy> deputies,
      LocalDate today,
      cn.gov.jinshan.congress.suggestions.service.DepartmentNames departments) {
    return new SuggestionSummary(
        s.id(),
        s.kind(),
        s.title(),
        s.category(),
        s.category().label(),
        s.state(),
        s.state().label(),
        s.registrationNumber(),
        s.term(),
        s.session(),
        DeputyRef.lead(s, deputies),
        s.leadDepartmentId(),
        departments.of(s.congressId(), s.leadDepartmentId()),
        s.dueOn(),
        s.isOverdue(today),
        s.keySupervised(),
        s.createdAt());
  }
}
