package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.Person;
import java.util.Map;
import java.util.Set;

/**
 * What one person is told about one announcement, as the outgoing channels receive it.
 *
 * @param channels the channels the kind's rule names (INBOX is already written)
 * @param emailAs how the kind's rule sends its e-mails (DIGEST: into the daily digest, always)
 * @param title the rendered Chinese title (a mail's subject)
 * @param body the rendered Chinese body
 */
public record Outgoing(
    String sourceId,
    String congressId,
    String kind,
    String itemId,
    Person person,
    String title,
    String body,
    Set<Channel> channels,
    EmailDelivery emailAs,
    Map<String, String> facts) {}
