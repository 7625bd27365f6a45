package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.service.SuggestionService.ifMatch;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Staff review of a submitted item: register it (立案), return it to the deputy, merge it into
 * another, and mark it for key supervision. Assignment ({@link AssignmentService}), the review of
 * motions ({@link MotionReview}) and closing without evaluation ({@link EvaluationService}) are
 * their own services.
 */
@ApplicationScoped
public class ReviewService {
  private final SuggestionRepository suggestions;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final RegistrationSession sessions;

  public ReviewService(
      SuggestionRepository suggestions,
      OutboxWriter outbox,
      Access access,
      Today today,
      RegistrationSession sessions) {
    this.suggestions = suggestions;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.sessions = sessions;
  }

  /** 立案: the next number of the item's term and session, gapless under concurrency. */
  @Transactional
  public Suggestion register(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    int[] current = sessions.current(s.congressId());
    s.register(
        current[0],
        current[1],
        today.date(),
        today.now()); // state and kind before a number is taken
    int sequence = suggestions.nextSequence(s.congressId(), s.term(), s.session());
    s.renumber(sequence);
    outbox.append(SuggestionEvents.registered(s, today.now()), access.actor());
    return s;
  }

  @Transactional
  public Suggestion returnToDeputy(UUID id, ReturnItem command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.returnToDeputy(command.reason(), today.now());
    outbox.append(SuggestionEvents.returned(s, today.now()), access.actor());
    return s;
  }

  @Transactional
  public Suggestion merge(UUID id, MergeItem command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    Suggestion target =
        suggestions
            .findInCongress(access.congressId(), command.intoId())
            .orElseThrow(
                () -> ProblemException.businessRule("merge.target-unknown", command.intoId()));
    s.mergeInto(target, today.now());
    target.touch(today.now());
    outbox.append(SuggestionEvents.merged(s, target, today.now()), access.actor());
    return s;
  }

  @Transactional
  public Suggestion markKey(UUID id, MarkKey command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.markKey(command.supervisingLeader(), today.now());
    outbox.append(SuggestionEvents.keySupervisionMarked(s, today.now()), access.actor());
    return s;
  }
}
