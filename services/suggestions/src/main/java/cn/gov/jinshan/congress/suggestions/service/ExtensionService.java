package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Action;
import cn.gov.jinshan.congress.suggestions.domain.ExtensionRequest;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.ExtensionRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Extensions of the handling deadline (延期): the lead unit asks, staff decide. */
@ApplicationScoped
public class ExtensionService {
  private final ExtensionRequestRepository extensions;
  private final Access access;
  private final Today today;
  private final OutboxWriter outbox;

  public ExtensionService(
      ExtensionRequestRepository extensions, Access access, Today today, OutboxWriter outbox) {
    this.extensions = extensions;
    this.access = access;
    this.today = today;
    this.outbox = outbox;
  }

  /** 延期申请 by the lead department; staff decide. */
  @Transactional
  public ExtensionRequest requestExtension(UUID id, RequestExtension command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTask(s);
    if (task.role() != TaskRole.LEAD) {
      throw ProblemException.forbidden("extension.lead-only");
    }
    if (s.state() != SuggestionState.ASSIGNED && s.state() != SuggestionState.IN_PROGRESS) {
      throw ProblemException.invalidState("suggestion.state.illegal", s.state(), Action.EXTEND);
    }
    ExtensionRequest request =
        ExtensionRequest.request(
            s, task.departmentId(), command.newDueOn(), command.reason(), today.now());
    extensions.persist(request);
    s.touch(today.now());
    return request;
  }

  /** Staff approve or reject a request of the item. */
  @Transactional
  public ExtensionRequest decideExtension(UUID id, UUID requestId, boolean approve) {
    Suggestion s = access.lockedReadable(id);
    ExtensionRequest request =
        extensions
            .findOf(s.id(), requestId)
            .orElseThrow(() -> ProblemException.notFound("extension-request", requestId));
    request.decide(approve, s, today.deadlines(), access.actor(), today.now());
    s.touch(today.now());
    outbox.append(SuggestionEvents.extensionDecided(s, request), access.actor());
    return request;
  }

  @Transactional
  public List<ExtensionRequest> extensionsOf(UUID id) {
    return extensions.ofSuggestion(access.readable(id).id());
  }
}
