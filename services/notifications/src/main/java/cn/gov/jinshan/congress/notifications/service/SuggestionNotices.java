package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.KeySupervisionMarked;
import cn.gov.jinshan.congress.contracts.suggestions.MotionAccepted;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionMerged;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionOverdue;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The events of congress.suggestions.v1 as notifications: each keeps the item's copy up to date
 * and, where people must learn of it, becomes an announcement of one kind. Once per event (the
 * {@link Inbox}, consumer {@value #CONSUMER}).
 *
 * <p>SuggestionSubmitted, SuggestionEvaluated and SuggestionClosed only update the copy.
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
  static final String OVERDUE = EventTypes.typeOf(SuggestionOverdue.class);
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
          OVERDUE,
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
    } else if (OVERDUE.equals(type)) {
      SuggestionOverdue e = read(event, SuggestionOverdue.class);
      String kind = "OVERDUE".equals(e.threshold()) ? "DEADLINE_OVERDUE" : "DEADLINE_IN_7_DAYS";
      // the department whose deadline it is, whatever its role
      announce(
          event,
          kind,
          e.congressId(),
          e.suggestionId(),
          facts(
              "departmentId",
              e.departmentId(),
              "dueOn",
              date(e.dueOn()),
              "registrationNumber",
              e.registrationNumber()),
          e.departmentId() == null
              ? List.of()
              : List.of(new Party(Party.Kind.DEPARTMENT, e.departmentId())));
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
      String id, String congressId, String kind, Instant at, UnaryOperator<CopyChange> change) {
    CopyChange c = change.apply(new CopyChange(id, congressId, kind == null ? "SUGGESTION" : kind));
    items.merge(c.build(), at);
  }

  private static <T> T read(EventEnvelope event, Class<T> type) throws JsonProcessingException {
    return EventJson.mapper().treeToValue(event.data(), type);
  }

  private static Map<String, String> facts(String... keysAndValues) {
    Map<String, String> facts = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        facts.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return facts;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static String role(String role) {
    return "LEAD".equals(role) ? "主办" : "CO_HANDLER".equals(role) ? "协办" : role;
  }

  /** What one event changes of an item's copy (unset = unchanged). */
  static final class CopyChange {
    private final String id;
    private final String congressId;
    private final String kind;
    private String title;
    private String number;
    private String lead;
    private List<String> coSigners;
    private String leadDepartment;
    private List<String> coHandlers;
    private LocalDate dueOn;
    private String state;

    CopyChange(String id, String congressId, String kind) {
      this.id = id;
      this.congressId = congressId;
      this.kind = kind;
    }

    CopyChange title(String v) {
      title = v;
      return this;
    }

    CopyChange number(String v) {
      number = v;
      return this;
    }

    CopyChange lead(String v) {
      lead = v;
      return this;
    }

    CopyChange coSigners(List<String> v) {
      coSigners = list(v);
      return this;
    }

    CopyChange leadDepartment(String v) {
      leadDepartment = v;
      return this;
    }

    CopyChange coHandlers(List<String> v) {
      coHandlers = list(v);
      return this;
    }

    CopyChange dueOn(LocalDate v) {
      dueOn = v;
      return this;
    }

    CopyChange state(String v) {
      state = v;
      return this;
    }

    ItemCopy build() {
      return new ItemCopy(
          id,
          congressId,
          kind,
          title,
          number,
          lead,
          coSigners,
          leadDepartment,
          coHandlers,
          dueOn,
          state);
    }
  }
}
