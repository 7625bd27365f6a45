package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_ASSIGNED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_CLOSED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_CONTACT_RECORDED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_DUE_SOON;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_EVALUATED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_EXTENSION_DECIDED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_KEY_SUPERVISION_MARKED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_OVERDUE;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_REPLIED;
import static cn.gov.jinshan.congress.notifications.domain.WebhookEventType.SUGGESTION_SENT_BACK;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.ExtensionDecided;
import cn.gov.jinshan.congress.contracts.suggestions.KeySupervisionMarked;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionOverdue;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.notifications.domain.WebhookEventType;
import cn.gov.jinshan.congress.notifications.query.WebhookSubscriptionRow;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.ItemDepartments;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the suggestion events that concern a department into deliveries for that department's
 * subscriptions: one per (event, subscription), in the event's transaction with the inbox row.
 * Payloads carry ids and states only, nothing a department could not read through the API (no
 * names, no texts: the grade of an evaluation, which the department reads on the item, but not the
 * deputy).
 */
@ApplicationScoped
public class WebhookEventHandler {
  static final String CONSUMER = "notifications.webhooks";
  static final String ASSIGNED = EventTypes.typeOf(SuggestionAssigned.class);
  static final String SENT_BACK = EventTypes.typeOf(SuggestionSentBack.class);
  static final String CONTACT_RECORDED = EventTypes.typeOf(ContactRecorded.class);
  static final String REPLIED = EventTypes.typeOf(SuggestionReplied.class);
  static final String EVALUATED = EventTypes.typeOf(SuggestionEvaluated.class);
  static final String CLOSED = EventTypes.typeOf(SuggestionClosed.class);
  static final String OVERDUE = EventTypes.typeOf(SuggestionOverdue.class);
  static final String KEY_SUPERVISION = EventTypes.typeOf(KeySupervisionMarked.class);
  static final String EXTENSION_DECIDED = EventTypes.typeOf(ExtensionDecided.class);

  /** The event types the webhooks' channel applies (its {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(
          ASSIGNED,
          SENT_BACK,
          CONTACT_RECORDED,
          REPLIED,
          EVALUATED,
          CLOSED,
          OVERDUE,
          KEY_SUPERVISION,
          EXTENSION_DECIDED);

  private final Inbox inbox;
  private final WebhookRepository repository;
  private final WebhooksConfig config;
  private final ObjectMapper json;
  private final Clock clock;

  public WebhookEventHandler(
      Inbox inbox,
      WebhookRepository repository,
      WebhooksConfig config,
      ObjectMapper json,
      Clock clock) {
    this.inbox = inbox;
    this.repository = repository;
    this.config = config;
    this.json = json;
    this.clock = clock;
  }

  /** What an event tells one department: the webhook type and the payload's data. */
  private record Told(String departmentId, WebhookEventType type, Map<String, Object> data) {}

  /**
   * Applies one event.
   *
   * @return the deliveries queued (0 for a redelivered event or one that concerns no subscriber)
   * @throws JsonProcessingException when the payload cannot be read (DLQ; nothing is kept)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public int apply(EventEnvelope event) throws JsonProcessingException {
    if (!TYPES.contains(event.type()) || event.data() == null) {
      return 0;
    }
    if (!inbox.firstDelivery(CONSUMER, event.id(), event.type())) {
      return 0;
    }
    List<Told> told = told(event);
    Instant now = clock.instant();
    int queued = 0;
    for (Told t : told) {
      List<WebhookSubscriptionRow> subscriptions =
          repository.enabledSubscriptions(
              (String) t.data().get("congressId"), List.of(t.departmentId()), t.type().wireName());
      for (WebhookSubscriptionRow s : subscriptions) {
        String payload = payload(event, t);
        if (repository.enqueue(
            new WebhookRepository.NewDelivery(
                s.congressId(),
                s.id(),
                event.id(),
                t.type().wireName(),
                payload,
                now,
                now.plus(config.retry().giveUpAfter())))) {
          queued++;
        }
      }
    }
    return queued;
  }

  private String payload(EventEnvelope event, Told t) throws JsonProcessingException {
    Map<String, Object> data = new LinkedHashMap<>(t.data());
    data.remove("congressId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", t.type().wireName());
    body.put("id", event.id());
    body.put("timestamp", (event.time() == null ? clock.instant() : event.time()).toString());
    body.put("data", data);
    return json.writeValueAsString(body);
  }

  private List<Told> told(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    var mapper = EventJson.mapper();
    List<Told> told = new ArrayList<>();
    if (ASSIGNED.equals(type)) {
      SuggestionAssigned e = mapper.treeToValue(event.data(), SuggestionAssigned.class);
      List<String> co = e.coHandlerDepartmentIds() == null ? List.of() : e.coHandlerDepartmentIds();
      ItemDepartments item =
          new ItemDepartments(
              e.suggestionId(), e.congressId(), e.registrationNumber(), e.leadDepartmentId(), co);
      repository.saveItemDepartments(item, clock.instant());
      for (String department : item.all()) {
        Map<String, Object> data = data(e.suggestionId(), e.congressId(), item, department);
        data.put("role", department.equals(e.leadDepartmentId()) ? "LEAD" : "CO_HANDLER");
        data.put("state", "ASSIGNED");
        data.put("dueOn", e.dueOn() == null ? null : e.dueOn().toString());
        told.add(new Told(department, SUGGESTION_ASSIGNED, data));
      }
    } else if (SENT_BACK.equals(type)) {
      SuggestionSentBack e = mapper.treeToValue(event.data(), SuggestionSentBack.class);
      Optional<ItemDepartments> item = repository.itemDepartments(e.suggestionId());
      Map<String, Object> data =
          data(e.suggestionId(), e.congressId(), item.orElse(null), e.departmentId());
      data.put("role", e.role());
      data.put("state", "SENT_BACK");
      told.add(new Told(e.departmentId(), SUGGESTION_SENT_BACK, data));
      item.ifPresent(i -> repository.saveItemDepartments(withoutSender(i, e), clock.instant()));
    } else if (CONTACT_RECORDED.equals(type)) {
      ContactRecorded e = mapper.treeToValue(event.data(), ContactRecorded.class);
      Map<String, Object> data = data(e.suggestionId(), e.congressId(), e.departmentId());
      data.put("contactId", e.contactId());
      data.put("contactedOn", e.contactedOn() == null ? null : e.contactedOn().toString());
      told.add(new Told(e.departmentId(), SUGGESTION_CONTACT_RECORDED, data));
    } else if (REPLIED.equals(type)) {
      SuggestionReplied e = mapper.treeToValue(event.data(), SuggestionReplied.class);
      Map<String, Object> data = data(e.suggestionId(), e.congressId(), e.departmentId());
      data.put("state", "REPLIED");
      data.put("replyId", e.replyId());
      data.put("round", e.round());
      data.put("replyClass", e.replyClass());
      data.put("onTime", e.onTime());
      told.add(new Told(e.departmentId(), SUGGESTION_REPLIED, data));
    } else if (EVALUATED.equals(type)) {
      SuggestionEvaluated e = mapper.treeToValue(event.data(), SuggestionEvaluated.class);
      for (ItemDepartments item : repository.itemDepartments(e.suggestionId()).stream().toList()) {
        for (String department : item.all()) {
          Map<String, Object> data = data(e.suggestionId(), e.congressId(), item, department);
          data.put("state", e.nextState());
          data.put("round", e.round());
          data.put("evaluation", e.result());
          told.add(new Told(department, SUGGESTION_EVALUATED, data));
        }
      }
    } else if (CLOSED.equals(type)) {
      SuggestionClosed e = mapper.treeToValue(event.data(), SuggestionClosed.class);
      for (ItemDepartments item : repository.itemDepartments(e.suggestionId()).stream().toList()) {
        for (String department : item.all()) {
          Map<String, Object> data = data(e.suggestionId(), e.congressId(), item, department);
          data.put("registrationNumber", e.registrationNumber());
          data.put("state", "CLOSED");
          data.put("finalReplyClass", e.finalReplyClass());
          data.put("finalEvaluation", e.finalEvaluation());
          told.add(new Told(department, SUGGESTION_CLOSED, data));
        }
      }
    } else if (OVERDUE.equals(type)) {
      SuggestionOverdue e = mapper.treeToValue(event.data(), SuggestionOverdue.class);
      Map<String, Object> data = data(e.suggestionId(), e.congressId(), e.departmentId());
      data.put("registrationNumber", e.registrationNumber());
      data.put("threshold", e.threshold());
      data.put("dueOn", e.dueOn() == null ? null : e.dueOn().toString());
      WebhookEventType webhookType =
          "OVERDUE".equals(e.threshold()) ? SUGGESTION_OVERDUE : SUGGESTION_DUE_SOON;
      told.add(new Told(e.departmentId(), webhookType, data));
    } else if (KEY_SUPERVISION.equals(type)) {
      KeySupervisionMarked e = mapper.treeToValue(event.data(), KeySupervisionMarked.class);
      Optional<ItemDepartments> item = repository.itemDepartments(e.suggestionId());
      String lead =
          e.leadDepartmentId() != null
              ? e.leadDepartmentId()
              : item.map(ItemDepartments::leadDepartmentId).orElse(null);
      if (lead != null) {
        Map<String, Object> data = data(e.suggestionId(), e.congressId(), item.orElse(null), lead);
        data.put("registrationNumber", e.registrationNumber());
        data.put("keySupervision", true);
        told.add(new Told(lead, SUGGESTION_KEY_SUPERVISION_MARKED, data));
      }
    } else if (EXTENSION_DECIDED.equals(type)) {
      ExtensionDecided e = mapper.treeToValue(event.data(), ExtensionDecided.class);
      Map<String, Object> data = data(e.suggestionId(), e.congressId(), e.departmentId());
      data.put("registrationNumber", e.registrationNumber());
      data.put("extensionRequestId", e.requestId());
      data.put("approved", e.approved());
      data.put("dueOn", e.dueOn() == null ? null : e.dueOn().toString());
      told.add(new Told(e.departmentId(), SUGGESTION_EXTENSION_DECIDED, data));
    }
    told.removeIf(t -> t.departmentId() == null);
    return told;
  }

  private Map<String, Object> data(String suggestionId, String congressId, String departmentId) {
    return data(
        suggestionId,
        congressId,
        repository.itemDepartments(suggestionId).orElse(null),
        departmentId);
  }

  private static Map<String, Object> data(
      String suggestionId, String congressId, ItemDepartments item, String departmentId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("congressId", congressId);
    data.put("suggestionId", suggestionId);
    data.put("registrationNumber", item == null ? null : item.registrationNumber());
    data.put("departmentId", departmentId);
    return data;
  }

  /**
   * The departments left after a send-back: a co-handler's own task goes; the lead's send-back
   * returns the item to staff and withdraws the co-handlers' tasks with it.
   */
  private static ItemDepartments withoutSender(ItemDepartments item, SuggestionSentBack e) {
    boolean lead = e.departmentId().equals(item.leadDepartmentId()) || "LEAD".equals(e.role());
    return lead
        ? new ItemDepartments(
            item.suggestionId(), item.congressId(), item.registrationNumber(), null, List.of())
        : new ItemDepartments(
            item.suggestionId(),
            item.congressId(),
            item.registrationNumber(),
            item.leadDepartmentId(),
            item.coHandlerDepartmentIds().stream()
                .filter(d -> !d.equals(e.departmentId()))
                .toList());
  }
}
