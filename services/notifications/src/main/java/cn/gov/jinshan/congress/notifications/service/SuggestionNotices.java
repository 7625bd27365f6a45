package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.service.EventReading.date;
import static cn.gov.jinshan.congress.notifications.service.EventReading.facts;
import static cn.gov.jinshan.congress.notifications.service.EventReading.list;
import static cn.gov.jinshan.congress.notifications.service.EventReading.read;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.CoSignersInvited;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.ExtensionDecided;
import cn.gov.jinshan.congress.contracts.suggestions.KeySupervisionMarked;
import cn.gov.jinshan.congress.contracts.suggestions.MotionAccepted;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionMerged;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionRegistered;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReturned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.notifications.domain.ItemCopy;
import cn.gov.jinshan.congress.notifications.repository.ItemCopyRepository;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The events of congress.suggestions.v1 as notifications: each keeps the item's copy up to date
 * and, where people must learn of it, becomes an announcement of one kind. Once per event (the
 * {@link Inbox}, consumer {@value #CONSUMER}).
 *
 * <p>SuggestionEvaluated and SuggestionClosed only update the copy. Deadlines coming and passed are
 * told by the reminders ({@link ReminderJob}), computed from the deadlines these events carry; the
 * suggestions service's own SuggestionOverdue is not announced again here.
 */
@ApplicationScoped
public class SuggestionNotices {
  public static final String CONSUMER = "notifications";

  static final String SUBMITTED = EventTypes.typeOf(SuggestionSubmitted.class);
  static final String REGISTERED = EventTypes.typeOf(SuggestionRegistered.class);
  static final String RETURNED = EventTypes.typeOf(SuggestionReturned.class);
  static final String MERGED = EventTypes.typeOf(SuggestionMerged.class);
  static final String ASSIGNED = EventTypes.typeOf(SuggestionAssigned.class);
  static final String SENT_BACK = EventTypes.typeOf(SuggestionSentBack.class);
  static final String CONTACT = EventTypes.typeOf(ContactRecorded.class);
  static final String REPLIED = EventTypes.typeOf(SuggestionReplied.class);
  static final String KEY_SUPERVISION = EventTypes.typeOf(KeySupervisionMarked.class);
  static final String INVITED = EventTypes.typeOf(CoSignersInvited.class);
  static final String EXTENSION = EventTypes.typeOf(ExtensionDecided.class);
  static final String EVALUATED = EventTypes.typeOf(SuggestionEvaluated.class);
  static final String CLOSED = EventTypes.typeOf(SuggestionClosed.class);
  static final String MOTION_ACCEPTED = EventTypes.typeOf(MotionAccepted.class);

  /** The event types applied (the channel's {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(
          SUBMITTED,
          REGISTERED,
          RETURNED,
          MERGED,
          ASSIGNED,
          SENT_BACK,
          CONTACT,
          REPLIED,
          KEY_SUPERVISION,
          INVITED,
          EXTENSION,
          EVALUATED,
          CLOSED,
          MOTION_ACCEPTED);

  private final Inbox inbox;
  private final ItemCopyRepository items;
  private final Notifier notifier;

  public SuggestionNotices(Inbox inbox, ItemCopyRepository items, Notifier notifier) {
    this.inbox = inbox;
    this.items = items;
    this.notifier = notifier;
  }

  /**
   * Applies one event of congress.suggestions.v1.
   *
   * @return false for a redelivery or a type not applied here
   * @throws JsonProcessingException when the payload does not match its type (to the DLQ)
   * @throws DirectoryUnavailable when the people cannot be found now: nothing is kept, the event
   *     must be applied again
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    return applyInTransaction(event);
  }

  /**
   * Applies the events of one poll in one transaction, in order: under a burst of submissions one
   * commit for the batch instead of one per event. Nothing of the batch commits when any event
   * cannot be applied (a payload that does not match its type, the directory away); the consumer
   * then applies them again.
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public void applyAll(List<EventEnvelope> events) throws JsonProcessingException {
    for (EventEnvelope event : events) {
      applyInTransaction(event);
    }
  }

  private boolean applyInTransaction(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    if (!TYPES.contains(type) || !inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    Instant at = event.time() == null ? Instant.now() : event.time();
    if (SUBMITTED.equals(type)) {
      SuggestionSubmitted e = read(event, SuggestionSubmitted.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          e.kind(),
          at,
          c ->
              c.title(e.title())
                  .lead(e.leadDeputyId())
                  .coSigners(e.coSignerDeputyIds())
                  .state("SUBMITTED"));
      // the office registers what is submitted: it learns of each new item
      announce(
          event,
          "SUGGESTION_SUBMITTED",
          e.congressId(),
          e.suggestionId(),
          facts("title", e.title(), "kind", kindLabel(e.kind())),
          List.of());
    } else if (INVITED.equals(type)) {
      CoSignersInvited e = read(event, CoSignersInvited.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          e.kind(),
          at,
          c -> c.title(e.title()).lead(e.leadDeputyId()).state("DRAFT"));
      // the invited deputies are named by the event: they are not co-signers (yet)
      announce(
          event,
          "CO_SIGNING_INVITED",
          e.congressId(),
          e.suggestionId(),
          facts("title", e.title(), "kind", kindLabel(e.kind())),
          e.invitedDeputyIds().stream().map(d -> new Party(Party.Kind.DEPUTY, d)).toList());
    } else if (EXTENSION.equals(type)) {
      ExtensionDecided e = read(event, ExtensionDecided.class);
      copy(e.suggestionId(), e.congressId(), "SUGGESTION", at, c -> c.dueOn(e.dueOn()));
      announce(
          event,
          "EXTENSION_DECIDED",
          e.congressId(),
          e.suggestionId(),
          facts(
              "registrationNumber",
              e.registrationNumber(),
              "decision",
              e.approved() ? "已批准" : "未批准",
              "dueOn",
              date(e.dueOn())),
          e.departmentId() == null
              ? List.of()
              : List.of(new Party(Party.Kind.DEPARTMENT, e.departmentId())));
    } else if (REGISTERED.equals(type)) {
      SuggestionRegistered e = read(event, SuggestionRegistered.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          "SUGGESTION",
          at,
          c ->
              c.title(e.title())
                  .number(e.registrationNumber())
                  .lead(e.leadDeputyId())
                  .state("REGISTERED"));
      announce(
          event,
          "SUGGESTION_REGISTERED",
          e.congressId(),
          e.suggestionId(),
          facts("title", e.title(), "registrationNumber", e.registrationNumber()),
          List.of());
    } else if (RETURNED.equals(type)) {
      SuggestionReturned e = read(event, SuggestionReturned.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          e.kind(),
          at,
          c -> c.lead(e.leadDeputyId()).state("RETURNED"));
      announce(
          event,
          "SUGGESTION_RETURNED",
          e.congressId(),
          e.suggestionId(),
          facts("reason", e.reason()),
          List.of());
    } else if (MERGED.equals(type)) {
      SuggestionMerged e = read(event, SuggestionMerged.class);
      copy(e.suggestionId(), e.congressId(), "SUGGESTION", at, c -> c.state("MERGED"));
      ItemCopy target = items.find(e.mergedIntoId()).orElse(null);
      announce(
          event,
          "SUGGESTION_MERGED",
          e.congressId(),
          e.suggestionId(),
          facts(
              "mergedIntoId",
              e.mergedIntoId(),
              "mergedIntoTitle",
              target == null ? null : target.title(),
              "mergedIntoNumber",
              target == null ? null : target.registrationNumber()),
          List.of());
    } else if (ASSIGNED.equals(type)) {
      SuggestionAssigned e = read(event, SuggestionAssigned.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          "SUGGESTION",
          at,
          c ->
              c.number(e.registrationNumber())
                  .leadDepartment(e.leadDepartmentId())
                  .coHandlers(e.coHandlerDepartmentIds())
                  .dueOn(e.dueOn())
                  .state("ASSIGNED"));
      announce(
          event,
          "SUGGESTION_ASSIGNED",
          e.congressId(),
          e.suggestionId(),
          facts(
              "registrationNumber",
              e.registrationNumber(),
              "dueOn",
              date(e.dueOn()),
              "leadDepartmentId",
              e.leadDepartmentId(),
              "coHandlerDepartmentIds",
              String.join("、", list(e.coHandlerDepartmentIds()))),
          List.of());
    } else if (SENT_BACK.equals(type)) {
      SuggestionSentBack e = read(event, SuggestionSentBack.class);
      announce(
          event,
          "SUGGESTION_SENT_BACK",
          e.congressId(),
          e.suggestionId(),
          facts("departmentId", e.departmentId(), "role", role(e.role()), "reason", e.reason()),
          List.of());
      items.removeDepartment(e.suggestionId(), e.departmentId(), at);
    } else if (CONTACT.equals(type)) {
      ContactRecorded e = read(event, ContactRecorded.class);
      announce(
          event,
          "CONTACT_RECORDED",
          e.congressId(),
          e.suggestionId(),
          facts(
              "departmentId",
              e.departmentId(),
              "contactedOn",
              date(e.contactedOn()),
              "way",
              e.way()),
          List.of());
    } else if (REPLIED.equals(type)) {
      SuggestionReplied e = read(event, SuggestionReplied.class);
      copy(e.suggestionId(), e.congressId(), "SUGGESTION", at, c -> c.state("REPLIED"));
      // the authors of items merged into this one receive its reply too
      List<Party> recipients =
          list(e.recipientDeputyIds()).stream()
              .map(id -> new Party(Party.Kind.DEPUTY, id))
              .toList();
      announce(
          event,
          "SUGGESTION_REPLIED",
          e.congressId(),
          e.suggestionId(),
          facts(
              "departmentId",
              e.departmentId(),
              "replyClass",
              e.replyClass(),
              "round",
              Integer.toString(e.round())),
          recipients);
    } else if (KEY_SUPERVISION.equals(type)) {
      KeySupervisionMarked e = read(event, KeySupervisionMarked.class);
      copy(
          e.suggestionId(),
          e.congressId(),
          "SUGGESTION",
          at,
          c ->
              c.title(e.title())
                  .number(e.registrationNumber())
                  .leadDepartment(e.leadDepartmentId()));
      announce(
          event,
          "KEY_SUPERVISION_MARKED",
          e.congressId(),
          e.suggestionId(),
          facts("supervisingLeader", e.supervisingLeader()),
          List.of());
    } else if (EVALUATED.equals(type)) {
      SuggestionEvaluated e = read(event, SuggestionEvaluated.class);
      copy(e.suggestionId(), e.congressId(), "SUGGESTION", at, c -> c.state(e.nextState()));
    } else if (CLOSED.equals(type)) {
      SuggestionClosed e = read(event, SuggestionClosed.class);
      copy(e.suggestionId(), e.congressId(), "SUGGESTION", at, c -> c.state("CLOSED"));
    } else if (MOTION_ACCEPTED.equals(type)) {
      MotionAccepted e = read(event, MotionAccepted.class);
      copy(
          e.motionId(),
          e.congressId(),
          "MOTION",
          at,
          c ->
              c.title(e.title())
                  .lead(e.leadDeputyId())
                  .coSigners(e.coSignerDeputyIds())
                  .state("ACCEPTED"));
      announce(
          event,
          "MOTION_ACCEPTED",
          e.congressId(),
          e.motionId(),
          facts("title", e.title()),
          List.of());
    }
    return true;
  }

  private void announce(
      EventEnvelope event,
      String kind,
      String congressId,
      String itemId,
      Map<String, String> facts,
      List<Party> extra) {
    notifier.announce(new Announcement(event.id(), kind, congressId, itemId, facts, extra));
  }

  private void copy(
      String id, String congressId, String kind, Instant at, UnaryOperator<ItemChange> change) {
    ItemChange c = change.apply(new ItemChange(id, congressId, kind == null ? "SUGGESTION" : kind));
    items.merge(c.build(), at);
  }

  /** 议案 for a motion, 建议 otherwise: how the texts name the item. */
  private static String kindLabel(String kind) {
    return "MOTION".equals(kind) ? "议案" : "建议";
  }

  private static String role(String role) {
    return "LEAD".equals(role) ? "主办" : "CO_HANDLER".equals(role) ? "协办" : role;
  }
}
