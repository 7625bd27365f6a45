package cn.gov.jinshan.congress.notifications.service;

import java.util.List;
import java.util.Map;

/**
 * Something to tell people. {@code sourceId} is the dedupe key (event id, or reminder id + due
 * date): a person gets at most one inbox entry per source.
 *
 * @param kind what happened, UPPER_SNAKE (SUGGESTION_ASSIGNED, DEADLINE_OVERDUE …): names the rule
 *     and the templates
 * @param itemId the item (suggestion, round, topic) whose copy gives the relationships; may be null
 * @param facts the templates' values (title, registrationNumber, dueOn as ISO date, reason …)
 * @param extraParties told besides those the rule names (the department an event names …)
 */
public record Announcement(
    String sourceId,
    String kind,
    String congressId,
    String itemId,
    Map<String, String> facts,
    List<Party> extraParties) {

  public Announcement {
    facts = facts == null ? Map.of() : Map.copyOf(facts);
    extraParties = extraParties == null ? List.of() : List.copyOf(extraParties);
  }
}
