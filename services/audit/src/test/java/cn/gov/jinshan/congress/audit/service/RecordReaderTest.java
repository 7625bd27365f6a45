package cn.gov.jinshan.congress.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.audit.domain.EntryStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every record becomes an entry the database can hold; none is refused. */
class RecordReaderTest {
  private static final Instant NOW = Instant.parse("2026-02-01T00:00:00.1234567Z");

  @Test
  void shouldReadTheEnvelopeFields() {
    var c =
        read(
            "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/s\",\"type\":\"t.v1\","
                + "\"subject\":\"agg\",\"time\":\"2026-01-15T10:30:00.1234567+08:00\","
                + "\"congressid\":\"JS\",\"actorid\":\"u1\",\"data\":{\"a\":1}}");
    assertThat(c.content().status()).isEqualTo(EntryStatus.EVENT);
    assertThat(c.eventId()).isEqualTo("e1");
    assertThat(c.content().congressId()).isEqualTo("JS");
    assertThat(c.content().subject()).isEqualTo("agg");
    assertThat(c.content().actorId()).isEqualTo("u1");
    assertThat(c.content().eventTime()).isEqualTo(Instant.parse("2026-01-15T02:30:00.123456Z"));
    assertThat(c.content().receivedAt()).isEqualTo(Instant.parse("2026-02-01T00:00:00.123456Z"));
    assertThat(c.data().get("a").asInt()).isEqualTo(1);
  }

  @Test
  void shouldKeepWhatIsNotAnEnvelopeAsUnparseableAtItsPosition() {
    for (String raw :
        new String[] {
          "garbage", "[1,2]", "{\"id\":\"x\"}", "{\"id\":1,\"source\":\"s\",\"type\":\"t\"}", ""
        }) {
      var c = read(raw);
      assertThat(c.content().status()).as(raw).isEqualTo(EntryStatus.UNPARSEABLE);
      assertThat(c.eventId()).isEqualTo("kafka:congress.x.v1:1:42");
      assertThat(c.content().congressId()).isEqualTo("-");
    }
  }

  @Test
  void shouldKeepJsonThatPostgresJsonbRefusesAsUnparseable() {
    assertThat(read(envelope("\"\\u0000\"")).content().status()).isEqualTo(EntryStatus.UNPARSEABLE);
    assertThat(read(envelope("\"\\ud800\"")).content().status()).isEqualTo(EntryStatus.UNPARSEABLE);
    assertThat(read(envelope("\"\\ud83d\\ude00 \\\\u0000\"")).content().status())
        .isEqualTo(EntryStatus.EVENT);
    var nul = read("bad\u0000value");
    assertThat(nul.content().raw()).doesNotContain("\u0000");
  }

  @Test
  void shouldShortenOverlongFieldsAndHashOverlongIds() {
    String longId = "i".repeat(5000);
    var c =
        read(
            "{\"id\":\""
                + longId
                + "\",\"source\":\"s\",\"type\":\"t\",\"subject\":\""
                + "s".repeat(5000)
                + "\",\"time\":\"+99999-01-01T00:00:00Z\"}");
    assertThat(c.eventId()).startsWith("sha256:").hasSize(71);
    assertThat(c.content().subject()).hasSize(200);
    assertThat(c.content().eventTime()).isNull();
  }

  private static String envelope(String data) {
    return "{\"id\":\"e\",\"source\":\"s\",\"type\":\"t\",\"data\":" + data + "}";
  }

  private static RecordReader.Candidate read(String value) {
    return RecordReader.read(new IncomingRecord("congress.x.v1", 1, 42, "k", value), NOW);
  }
}
