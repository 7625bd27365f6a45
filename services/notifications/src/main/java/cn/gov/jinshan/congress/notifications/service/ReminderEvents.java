package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.ExtensionDecided;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionMerged;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReturned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.notifications.config.DeadlinesConfig;
import cn.gov.jinshan.congress.notifications.domain.Deadlines;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * Learns deadlines from the suggestions topic and keeps each item's reminders in step: assignment,
 * an approved extension and a re-handling round set the handling deadline; the reply ends it and
 * opens the evaluation window; the evaluation ends that; closing, returning, merging and the lead's
 * send-back end everything. Each event has its effect once (its own inbox consumer name).
 */
@ApplicationScoped
public class ReminderEvents {
  static final String CONSUMER = "notifications.reminders";
  static final String ASSIGNED = EventTypes.typeOf(SuggestionAssigned.class);
  static final String REPLIED = EventTypes.typeOf(SuggestionReplied.class);
  static final String EVALUATED = EventTypes.typeOf(SuggestionEvaluated.class);
  static final String EXTENSION_DECIDED = EventTypes.typeOf(ExtensionDecided.class);
  static final String CLOSED = EventTypes.typeOf(SuggestionClosed.class);
  static final String SENT_BACK = EventTypes.typeOf(SuggestionSentBack.class);
  static final String RETURNED = EventTypes.typeOf(SuggestionReturned.class);
  static final String MERGED = EventTypes.typeOf(SuggestionMerged.class);

  /** The event types this handler applies (its channel's {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(ASSIGNED, REPLIED, EVALUATED, EXTENSION_DECIDED, CLOSED, SENT_BACK, RETURNED, MERGED);

  /** The lead department's role in a send-back: the item goes back to staff for reassignment. */
  private static final String LEAD = "LEAD";

  /** The evaluation's next state when a re-handling round begins. */
  private static final String REHANDLING = "REHANDLING";

  private final Inbox inbox;
  private final ReminderSchedule schedule;
  private final Deadlines deadlines;

  public ReminderEvents(Inbox inbox, ReminderSchedule schedule, DeadlinesConfig deadlines) {
    this.inbox = inbox;
    this.schedule = schedule;
    this.deadlines = deadlines.toDeadlines();
  }

  /**
   * Applies one event.
   *
   * @return false when it was a redelivery or of a type that sets no reminder
   * @throws JsonProcessingException when the payload cannot be read (goes to the DLQ; the inbox row
   *     rolls back with the rest)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    if (!TYPES.contains(type) || event.data() == null) {
      return false;
    }
    if (!inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    if (ASSIGNED.equals(type)) {
      SuggestionAssigned e = read(event, SuggestionAssigned.class);
      schedule.handlingDueOn(e.congressId(), e.suggestionId(), e.dueOn(), e.registrationNumber());
    } else if (EXTENSION_DECIDED.equals(type)) {
      ExtensionDecided e = read(event, ExtensionDecided.class);
      if (e.approved()) {
        schedule.handlingDueOn(e.congressId(), e.suggestionId(), e.dueOn(), e.registrationNumber());
      }
    } else if (REPLIED.equals(type)) {
      SuggestionReplied e = read(event, SuggestionReplied.class);
      schedule.handlingDone(e.suggestionId());
      schedule.evaluationDueOn(
          e.congressId(),
          e.suggestionId(),
          deadlines.evaluationDueOn(schedule.dateOf(at(e.repliedAt(), event))));
    } else if (EVALUATED.equals(type)) {
      SuggestionEvaluated e = read(event, SuggestionEvaluated.class);
      schedule.evaluationDone(e.suggestionId());
      if (REHANDLING.equals(e.nextState())) {
        schedule.handlingDueOn(
            e.congressId(),
            e.suggestionId(),
            deadlines.rehandlingDueOn(schedule.dateOf(at(e.evaluatedAt(), event))),
            null);
      }
    } else if (SENT_BACK.equals(type)) {
      SuggestionSentBack e = read(event, SuggestionSentBack.class);
      if (LEAD.equals(e.role())) {
        schedule.handlingDone(e.suggestionId());
      }
    } else if (CLOSED.equals(type)) {
      schedule.cancelAll(read(event, SuggestionClosed.class).suggestionId());
    } else if (RETURNED.equals(type)) {
      schedule.cancelAll(read(event, SuggestionReturned.class).suggestionId());
    } else {
      schedule.cancelAll(read(event, SuggestionMerged.class).suggestionId());
    }
    return true;
  }

  private static <T> T read(EventEnvelope event, Class<T> type) throws JsonProcessingException {
    return EventJson.mapper().treeToValue(event.data(), type);
  }

  private static Instant at(Instant happened, EventEnvelope event) {
    return happened != null ? happened : event.time();
  }
}
