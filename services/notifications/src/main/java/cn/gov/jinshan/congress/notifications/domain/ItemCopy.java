package cn.gov.jinshan.congress.notifications.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What this service knows of an item (a suggestion, motion, voting round or supervision topic) from
 * the events about it: the relationships the rule table names.
 *
 * @param kind SUGGESTION, MOTION, ROUND or TOPIC
 * @param state the last state an event told (SUBMITTED, REGISTERED, ASSIGNED, REPLIED …)
 */
public record ItemCopy(
    String id,
    String congressId,
    String kind,
    String title,
    String registrationNumber,
    String leadDeputyId,
    List<String> coSignerDeputyIds,
    String leadDepartmentId,
    List<String> coHandlingDepartmentIds,
    LocalDate dueOn,
    String state) {}
