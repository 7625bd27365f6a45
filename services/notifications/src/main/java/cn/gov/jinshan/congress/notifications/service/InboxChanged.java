package cn.gov.jinshan.congress.notifications.service;

/**
 * A person's inbox changed (an entry arrived or was read): fired inside the transaction, delivered
 * to the live streams once it commits.
 */
public record InboxChanged(String recipient, String congressId) {}
