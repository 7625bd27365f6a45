package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.service.SuggestionService.ifMatch;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Staff work: review (register, return, merge), motions, assignment, key marking, closing. */
@ApplicationScoped
public class ReviewService {
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;
  private final TaskRepository tasks;
  private final ReplyRepository replies;
  private final SuggestionService items;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final CongressCopyService congresses;
  private final DepartmentService departments;

  public ReviewService(
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      TaskRepository tasks,
      ReplyRepository replies,
      SuggestionService items,
      OutboxWriter outbox,
      Access access,
      Today today,
      CongressCopyService congresses,
      DepartmentService departments) {
    this.departments = departments;
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.tasks = tasks;
    this.replies = replies;
    this.items = items;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.congresses = congresses;
  }

  /** 立案: the next number of the item's term and session, gapless under concurrency. */
  @Transactional
  public Suggestion register(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    int[] current = congresses.currentTermAndSession(s.congressId());
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

  @Transactional
  public Suggestion acceptMotion(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.acceptMotion(today.now());
    outbox.append(
        SuggestionEvents.motionAccepted(s, items.acceptedActive(s), today.now()), access.actor());
    return s;
  }

  /** 转为建议: a new submitted suggestion with the same authors; each links to the other. */
  @Transactional
  public Suggestion convertMotion(UUID id, String ifMatch) {
    Suggestion motion = access.lockedReadable(id);
    ifMatch(ifMatch, motion);
    Suggestion converted = motion.convertToSuggestion(today.now());
    suggestions.persist(converted);
    suggestions.flush();
    for (CoSigner c : coSigners.ofSuggestion(motion.id())) {
      if (c.accepted()) {
        coSigners.persist(CoSigner.copyAccepted(c, converted));
      }
    }
    outbox.append(SuggestionEvents.motionConverted(motion, converted, today.now()), access.actor());
    return converted;
  }

  @Transactional
  public Suggestion markKey(UUID id, MarkKey command, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.markKey(command.supervisingLeader(), today.now());
    outbox.append(SuggestionEvents.keySupervisionMarked(s, today.now()), access.actor());
    return s;
  }

  /** Closes a replied item whose evaluation window passed: "not evaluated", never "satisfied". */
  @Transactional
  public Suggestion closeUnevaluated(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.closeUnevaluated(today.date(), today.now());
    Reply last = replies.latest(s.id()).orElseThrow();
    outbox.append(SuggestionEvents.closed(s, last), access.actor());
    return s;
  }
}
