package cn.gov.jinshan.congress.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.audit.tools.VerifyExportAccess;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The documented canonical form, byte for byte, and the chain over it. */
class ChainTest {
  static final EntryContent ENTRY =
      new EntryContent(
          7,
          "0f6c3a52-1d1e-4f57-9a41-3c1c8f1d2b10",
          "JS-DISTRICT",
          "congress.suggestions.SuggestionSubmitted.v1",
          "/congress/suggestions",
          "b7b1",
          null,
          Instant.parse("2026-01-15T02:30:00Z"),
          "congress.suggestions.v1",
          2,
          41,
          Instant.parse("2026-01-15T02:30:00.123456Z"),
          EntryStatus.EVENT,
          "{\"title\":\"建议\"}");

  @Test
  void shouldWriteTheCanonicalFormAsDocumented() {
    assertThat(new String(Chain.canonical(ENTRY), StandardCharsets.UTF_8))
        .isEqualTo(
            "seq=1:7\n"
                + "eventId=36:0f6c3a52-1d1e-4f57-9a41-3c1c8f1d2b10\n"
                + "congressId=11:JS-DISTRICT\n"
                + "eventType=43:congress.suggestions.SuggestionSubmitted.v1\n"
                + "source=21:/congress/suggestions\n"
                + "subject=4:b7b1\n"
                + "actorId=-\n"
                + "eventTime=27:2026-01-15T02:30:00.000000Z\n"
                + "topic=23:congress.suggestions.v1\n"
                + "partition=1:2\n"
                + "offset=2:41\n"
                + "receivedAt=27:2026-01-15T02:30:00.123456Z\n"
                + "status=5:EVENT\n"
                + "raw=18:{\"title\":\"建议\"}\n");
  }

  @Test
  void shouldChainFromTheGenesisAndChangeWithAnyField() {
    String hash = Chain.hash(Chain.GENESIS, ENTRY);
    assertThat(hash).hasSize(64).matches("[0-9a-f]+");
    assertThat(Chain.hash(Chain.GENESIS, ENTRY)).isEqualTo(hash);
    EntryContent changed =
        new EntryContent(
            7,
            ENTRY.eventId(),
            ENTRY.congressId(),
            ENTRY.eventType(),
            ENTRY.source(),
            ENTRY.subject(),
            "",
            ENTRY.eventTime(),
            ENTRY.topic(),
            ENTRY.partition(),
            ENTRY.offset(),
            ENTRY.receivedAt(),
            ENTRY.status(),
            ENTRY.raw());
    assertThat(Chain.hash(Chain.GENESIS, changed)).isNotEqualTo(hash); // null differs from ""
    assertThat(Chain.hash(hash, ENTRY)).isNotEqualTo(hash);
  }

  @Test
  void shouldAgreeWithTheIndependentOfflineVerifier() {
    String line =
        "{\"seq\":7,\"eventId\":\"0f6c3a52-1d1e-4f57-9a41-3c1c8f1d2b10\",\"congressId\":"
            + "\"JS-DISTRICT\",\"eventType\":\"congress.suggestions.SuggestionSubmitted.v1\","
            + "\"source\":\"/congress/suggestions\",\"subject\":\"b7b1\",\"actorId\":null,"
            + "\"eventTime\":\"2026-01-15T02:30:00.000000Z\",\"topic\":\"congress.suggestions.v1\","
            + "\"partition\":2,\"offset\":41,\"receivedAt\":\"2026-01-15T02:30:00.123456Z\","
            + "\"status\":\"EVENT\",\"raw\":\"{\\\"title\\\":\\\"\\u5efa\\u8bae\\\"}\"}";
    assertThat(VerifyExportAccess.hash(Chain.GENESIS, line))
        .isEqualTo(Chain.hash(Chain.GENESIS, ENTRY));
  }
}
