package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The auditor follows the ledger live (Server-Sent Events) through the gateway. A filtered stream
 * whose entries are rare must still open at once (200 text/event-stream), or the client cannot tell
 * a live stream from a dead connection (F2 in docs/notes/e2e.md: the gateway used to hold the
 * headers back until the first matching entry).
 */
class AuditStreamIT {
  @Test
  void shouldOpenAFilteredStreamAtOnceThroughTheGateway() {
    long started = System.nanoTime();
    Streams.Outcome filtered;
    try {
      filtered =
          Streams.open(
              "auditor1", "/api/v1/audit/stream", Map.of("type", "congress.e2e.NoSuchEvent.v1"));
    } catch (IllegalStateException e) {
      throw new AssertionError(
          "no response headers within "
              + (System.nanoTime() - started) / 1_000_000
              + " ms for a stream with no matching entry yet: "
              + e.getCause(),
          e);
    }
    assertThat(filtered.status()).isEqualTo(200);
    assertThat(filtered.detail()).startsWith("text/event-stream");
  }
}
