package cn.gov.jinshan.congress.audit.service;

import java.time.Instant;
import java.util.Map;

/**
 * How far the ledger is behind the topics: per topic, the records published but not yet stored.
 *
 * @param measuredAt null when no measurement succeeded yet
 */
public record LagSnapshot(Map<String, Long> perTopic, Instant measuredAt) {
  public static final LagSnapshot UNKNOWN = new LagSnapshot(Map.of(), null);

  public long total() {
    return perTopic.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean known() {
    return measuredAt != null;
  }

  /** Whether the ledger is within {@code maxBehind} records of the topics. */
  public boolean withinLimit(long maxBehind) {
    return total() <= maxBehind;
  }
}
