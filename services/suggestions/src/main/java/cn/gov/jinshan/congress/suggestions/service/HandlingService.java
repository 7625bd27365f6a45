package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.suggestions.domain.Action;
import cn.gov.jinshan.congress.suggestions.domain.Contact;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.ContactRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A handling unit's steps on its task: sign for it, send it back, give its co-handler opinion, and
 * record its contacts with the deputy.
 */
@ApplicationScoped
public class HandlingService {
  private final TaskRepository tasks;
  private final ContactRepository contacts;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final PastEvents pastEvents;

  public HandlingService(
      TaskRepository tasks,
      ContactRepository contacts,
      OutboxWriter outbox,
      Access access,
      Today today,
      PastEvents pastEvents) {
    this.tasks = tasks;
    this.contacts = contacts;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.pastEvents = pastEvents;
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
    outbox.append(SuggestionEvents.sentBack(s, task, today.now()), access.actor());
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
    outbox.append(SuggestionEvents.contactRecorded(s, contact, today.now()), access.actor());
    return contact;
  }

  @Transactional
  public List<HandlingTask> tasksOf(UUID id) {
    return tasks.ofSuggestion(access.readable(id).id());
  }

  @Transactional
  public List<Contact> contactsOf(UUID id) {
    return contactsOf(access.readable(id));
  }

  /** The contacts of an item whose reading the caller has already been checked for. */
  List<Contact> contactsOf(Suggestion readable) {
    return contacts.ofSuggestion(readable.id());
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
