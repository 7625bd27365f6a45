package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.Action;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The lead deputy's evaluation of a reply (满意度测评), which closes the item or reopens it; and the
 * closing by staff of an item whose evaluation never came.
 */
@ApplicationScoped
public class EvaluationService {
  private final ReplyRepository replies;
  private final TaskRepository tasks;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final SuggestionsConfig config;

  public EvaluationService(
      ReplyRepository replies,
      TaskRepository tasks,
      OutboxWriter outbox,
      Access access,
      Today today,
      SuggestionsConfig config) {
    this.replies = replies;
    this.tasks = tasks;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.config = config;
  }

  /** 满意度测评 by the lead deputy: dissatisfied → re-handling while rounds remain, else closed. */
  @Transactional
  public Suggestion evaluate(UUID id, Evaluate command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    access.requireLead(s);
    SuggestionService.ifMatch(ifMatch, s);
    Reply last =
        replies
            .latest(s.id())
            .orElseThrow(
                () ->
                    ProblemException.invalidState(
                        "suggestion.state.illegal", s.state(), Action.EVALUATE));
    int round = last.round();
    SuggestionState next =
        s.evaluate(
            command.result().result(),
            config.maxRehandlingRounds(),
            today.date(),
            today.deadlines(),
            today.now());
    last.evaluated(command.result().result(), command.comment(), today.now());
    outbox.append(
        SuggestionEvents.evaluated(s, round, command.result().name(), next, today.now()),
        access.actor());
    if (next == SuggestionState.REHANDLING) {
      // the lead department works on it again: its signature stands, its contacts count
      tasks.ofSuggestion(s.id()).stream()
          .filter(t -> t.role() == TaskRole.LEAD && t.isActive())
          .findFirst()
          .orElseThrow();
    } else {
      outbox.append(SuggestionEvents.closed(s, last), access.actor());
    }
    return s;
  }

  /** Closes a replied item whose evaluation window passed: "not evaluated", never "satisfied". */
  @Transactional
  public Suggestion closeUnevaluated(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    SuggestionService.ifMatch(ifMatch, s);
    s.closeUnevaluated(today.date(), today.now());
    Reply last = replies.latest(s.id()).orElseThrow();
    outbox.append(SuggestionEvents.closed(s, last), access.actor());
    return s;
  }
}
