package cn.gov.jinshan.congress.notifications.service;

import java.util.UUID;

/**
 * Sends a text message through a provider (the providers governments use are HTTP APIs). Throws
 * when the provider did not accept it: the dispatcher tries again later. {@code messageId} is
 * stable across retries, for providers that deduplicate by a client's id.
 */
public interface SmsSender {
  void send(String congressId, UUID messageId, String phone, String text);
}
