package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<HandlingTask, UUID> {
  public List<HandlingTask> ofSuggestion(UUID suggestionId) {
    return list("suggestionId = ?1 order by createdAt, role", suggestionId);
  }

  public Optional<HandlingTask> findOf(UUID suggestionId, UUID taskId) {
    return find("id = ?1 and suggestionId = ?2", taskId, suggestionId).firstResultOptional();
  }

  /** The department's active task on the item, if it has one. */
  public Optional<HandlingTask> activeOf(UUID suggestionId, String departmentId) {
    return find(
            "suggestionId = ?1 and departmentId = ?2 and state in ?3",
            suggestionId,
            departmentId,
            List.of(
                cn.gov.jinshan.congress.suggestions.domain.TaskState.ASSIGNED,
                cn.gov.jinshan.congress.suggestions.domain.TaskState.SIGNED,
                cn.gov.jinshan.congress.suggestions.domain.TaskState.OPINION_GIVEN))
        .firstResultOptional();
  }
}
