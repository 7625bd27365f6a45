package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.service.SuggestionService.ifMatch;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 交办: staff give a registered item to one lead department and any co-handlers, a handling task
 * each, whose deadlines start today.
 */
@ApplicationScoped
public class AssignmentService {
  private final TaskRepository tasks;
  private final SuggestionService items;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final DepartmentService departments;

  public AssignmentService(
      TaskRepository tasks,
      SuggestionService items,
      OutboxWriter outbox,
      Access access,
      Today today,
      DepartmentService departments) {
    this.tasks = tasks;
    this.items = items;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.departments = departments;
  }

  /** 交办: one lead department, any co-handlers, one task each; the deadline starts today. */
  @Transactional
  public SuggestionView assign(UUID id, AssignItem command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    Set<String> coHandlers =
        new LinkedHashSet<>(
            command.coHandlerDepartmentIds() == null
                ? List.of()
                : command.coHandlerDepartmentIds());
    coHandlers.remove(command.leadDepartmentId());
    List<String> named = new java.util.ArrayList<>();
    named.add(command.leadDepartmentId().strip());
    coHandlers.forEach(d -> named.add(d.strip()));
    departments.requireAssignable(s.congressId(), named);
    s.assign(command.leadDepartmentId().strip(), today.date(), today.deadlines(), today.now());
    tasks.persist(
        HandlingTask.assign(
            s, s.leadDepartmentId(), TaskRole.LEAD, today.deadlines(), today.now()));
    for (String department : coHandlers) {
      tasks.persist(
          HandlingTask.assign(
              s, department.strip(), TaskRole.CO_HANDLER, today.deadlines(), today.now()));
    }
    outbox.append(SuggestionEvents.assigned(s, coHandlers, today.now()), access.actor());
    return items.view(s);
  }
}
