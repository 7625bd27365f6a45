package cn.gov.jinshan.congress.gateway.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, until they expire, so that a client's next requests skip the signature
 * check. Bounded: when full it is emptied (verification is only a cost, never a correctness
 * problem). Only fully verified tokens enter; the services check every token again anyway.
 */
final class VerifiedTokens {
  private record Entry(Principal principal, long expiresAtSeconds) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;

  VerifiedTokens(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** The principal of a token verified before and not yet expired, or null. */
  Principal get(String token, long nowSeconds) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return null;
    }
    if (nowSeconds >= entry.expiresAtSeconds) {
      entries.remove(token);
      return null;
    }
    return entry.principal;
  }

  void put(String token, Principal principal, long expiresAtSeconds) {
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(token, new Entry(principal, expiresAtSeconds));
  }
}
