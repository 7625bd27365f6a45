package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.Action;
import cn.gov.jinshan.congress.suggestions.domain.Contact;
import cn.gov.jinshan.congress.suggestions.domain.ExtensionRequest;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.ContactRepository;
import cn.gov.jinshan.congress.suggestions.repository.ExtensionRequestRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Department work (sign for, send back, contacts, opinions, reply, follow-up) and evaluation. */
@ApplicationScoped
public class HandlingService {
  private final SuggestionRepository suggestions;
  private final TaskRepository tasks;
  private final ContactRepository contacts;
  private final ReplyRepository replies;
  private final CoSignerRepository coSigners;
  private final ExtensionRequestRepository extensions;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final SuggestionsConfig config;
  private final PastEvents pastEvents;

  public HandlingService(
      SuggestionRepository suggestions,
      TaskRepository tasks,
      ContactRepository contacts,
      ReplyRepository replies,
      CoSignerRepository coSigners,
      ExtensionRequestRepository extensions,
      OutboxWriter outbox,
      Access access,
      Today today,
      SuggestionsConfig config,
      PastEvents pastEvents) {
    this.pastEvents = pastEvents;
    this.suggestions = suggestions;
    this.tasks = tasks;
    this.contacts = contacts;
    this.replies = replies;
    this.coSigners = coSigners;
    this.extensions = extensions;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.config = config;
  }

  /** 签收: the department signs for its own task; the lead's signature starts handling. */
  @Transactional
  public HandlingTask signFor(UUID id, UUID taskId) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = ownTask(s, taskId);
    task.signFor(today.now());
    if (task.role() == TaskRole.LEAD) {
      s.signedForByLead(today.now());
    } else {
      s.touch(today.now());
    }
    return task;
  }

  /** 退办 within the window: a lead's send-back returns the item to staff for reassignment. */
  @Transactional
  public HandlingTask sendBack(UUID id, UUID taskId, SendBack command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = ownTask(s, taskId);
    if (task.role() == TaskRole.LEAD && !SuggestionState.HANDLING.contains(s.state())
        || s.state() == SuggestionState.REHANDLING) {
      throw ProblemException.invalidState("suggestion.state.illegal", s.state(), Action.SEND_BACK);
    }
    task.sendBack(command.reason(), today.date());
    if (task.role() == TaskRole.LEAD) {
      s.sentBackByLead(today.now());
      tasks.ofSuggestion(s.id()).forEach(HandlingTask::withdraw);
    } else {
      s.touch(today.now());
    }
    outbox.append(
        new SuggestionSentBack(
            s.id().toString(),
            s.congressId(),
            task.departmentId(),
            task.role().name(),
            task.sendBackReason(),
            today.now()),
        access.actor());
    return task;
  }

  @Transactional
  public HandlingTask giveOpinion(UUID id, UUID taskId, GiveOpinion command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = ownTask(s, taskId);
    if (!SuggestionState.HANDLING.contains(s.state())) {
      throw ProblemException.invalidState(
          "suggestion.state.illegal", s.state(), Action.GIVE_OPINION);
    }
    task.giveOpinion(command.text(), today.now());
    s.touch(today.now());
    return task;
  }

  /** 沟通联系: any handling department records its contacts with the deputy. */
  @Transactional
  public Contact recordContact(UUID id, RecordContact command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTask(s);
    if (!SuggestionState.HANDLING.contains(s.state())) {
      throw ProblemException.invalidState(
          "suggestion.state.illegal", s.state(), Action.RECORD_CONTACT);
    }
    pastEvents.requireNotFuture("contactedOn", command.contactedOn());
    Contact contact =
        Contact.record(
            s,
            task.departmentId(),
            command.contactedOn(),
            command.way(),
            command.summary(),
            access.actor(),
            today.now());
    contacts.persist(contact);
    s.touch(today.now());
    outbox.append(
        new ContactRecorded(
            s.id().toString(),
            s.congressId(),
            contact.id().toString(),
            contact.departmentId(),
            contact.contactedOn(),
            contact.way().name(),
            today.now()),
        access.actor());
    return contact;
  }

  /** 答复: only the lead department, only after it recorded a contact with the deputy. */
  @Transactional
  public Reply reply(UUID id, PostReply command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTask(s);
    if (task.role() != TaskRole.LEAD) {
      throw ProblemException.forbidden("reply.lead-only");
    }
    s.requireReplyable();
    if (!contacts.hasContactBy(s.id(), task.departmentId())) {
      throw ProblemException.businessRule("reply.no-contact");
    }
    int round = s.replyRound();
    boolean onTime = s.replied(today.date(), today.deadlines(), today.now());
    Reply reply =
        Reply.post(
            s,
            command.replyClass(),
            command.text(),
            command.publishable(),
            command.promisedOn(),
            command.signedBy(),
            today.date(),
            onTime,
            today.now());
    if (reply.round() != round) {
      throw new IllegalStateException("reply round moved");
    }
    replies.persist(reply);
    outbox.append(
        new SuggestionReplied(
            s.id().toString(),
            s.congressId(),
            reply.id().toString(),
            reply.departmentId(),
            reply.round(),
            reply.replyClass().name(),
            reply.publishable(),
            reply.promisedOn(),
            reply.onTime(),
            recipients(s),
            today.now()),
        access.actor());
    return reply;
  }

  /** Everyone the reply reaches: lead, accepted co-signers, and the authors of merged items. */
  private List<String> recipients(Suggestion s) {
    Set<UUID> to = new LinkedHashSet<>();
    to.add(s.leadDeputyId());
    to.addAll(coSigners.acceptedDeputies(s.id()));
    for (Suggestion merged : suggestions.mergedInto(s.id())) {
      to.add(merged.leadDeputyId());
      to.addAll(coSigners.acceptedDeputies(merged.id()));
    }
    return to.stream().map(UUID::toString).toList();
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
        new SuggestionEvaluated(
            s.id().toString(),
            s.congressId(),
            s.leadDeputyId().toString(),
            round,
            command.result().name(),
            next.name(),
            today.now()),
        access.actor());
    if (next == SuggestionState.REHANDLING) {
      // the lead department works on it again: its signature stands, its contacts count
      tasks.ofSuggestion(s.id()).stream()
          .filter(t -> t.role() == TaskRole.LEAD && t.isActive())
          .findFirst()
          .orElseThrow();
    } else {
      outbox.append(
          new SuggestionClosed(
              s.id().toString(),
              s.congressId(),
              s.registrationNumber(),
              last.replyClass().name(),
              s.finalEvaluation().name(),
              s.closedAt()),
          access.actor());
    }
    return s;
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

  /** 跟踪落实: the lead department reports the promise of a B-class reply fulfilled. */
  @Transactional
  public Reply reportFulfilled(UUID id, ReportFulfilled command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTaskOrFormer(s);
    if (task.role() != TaskRole.LEAD) {
      throw ProblemException.forbidden("reply.lead-only");
    }
    Reply last =
        replies
            .latest(s.id())
            .orElseThrow(() -> ProblemException.businessRule("follow-up.no-reply"));
    pastEvents.requireNotFuture("fulfilledOn", command.fulfilledOn());
    last.fulfilled(command.fulfilledOn());
    s.touch(today.now());
    return last;
  }

  @Transactional
  public List<HandlingTask> tasksOf(UUID id) {
    return tasks.ofSuggestion(access.readable(id).id());
  }

  @Transactional
  public List<Contact> contactsOf(UUID id) {
    return contacts.ofSuggestion(access.readable(id).id());
  }

  /** Replies; for a merged item those of the item it was merged into (each author gets one). */
  @Transactional
  public List<Reply> repliesOf(UUID id) {
    Suggestion s = access.readable(id);
    UUID source = s.state() == SuggestionState.MERGED ? s.mergedIntoId() : s.id();
    return replies.ofSuggestion(source);
  }

  @Transactional
  public List<ExtensionRequest> extensionsOf(UUID id) {
    return extensions.ofSuggestion(access.readable(id).id());
  }

  private HandlingTask ownTask(Suggestion s, UUID taskId) {
    String department = access.department();
    HandlingTask task =
        tasks.findOf(s.id(), taskId).orElseThrow(() -> ProblemException.notFound("task", taskId));
    if (!task.departmentId().equals(department)) {
      throw ProblemException.forbidden("task.not-own");
    }
    return task;
  }
}
