package cn.gov.jinshan.congress.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.deputies.ActivityRecorded;
import cn.gov.jinshan.congress.contracts.deputies.ConstituentContactRecorded;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event's golden JSON (in test resources) must read into its record and write back to the same
 * JSON: a renamed or retyped field breaks a released contract and fails here.
 */
class GoldenJsonTest {
  private static final ObjectMapper JSON = EventJson.mapper();

  static Stream<Class<?>> payloads() {
    return Stream.of(
        DeputyRegistered.class,
        DeputyUpdated.class,
        DeputyStatusChanged.class,
        ActivityRecorded.class,
        ConstituentContactRecorded.class,
        SuggestionSubmitted.class,
        AttendanceRecorded.class,
        BallotCast.class);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void shouldRoundTripGoldenPayload(Class<?> payloadClass) throws IOException {
    JsonNode golden = golden(payloadClass.getSimpleName());

    Object event = JSON.treeToValue(golden, payloadClass);

    JsonNode written = JSON.valueToTree(event);
    assertThat(written).isEqualTo(golden);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void shouldNameTypeAfterContextAndRecord(Class<?> payloadClass) {
    EventType type = EventTypes.of(payloadClass);
    String context = type.topic().split("\\.")[1];

    assertThat(type.value())
        .isEqualTo("congress." + context + "." + payloadClass.getSimpleName() + ".v1");
  }

  @org.junit.jupiter.api.Test
  void shouldRoundTripEnvelope() throws IOException {
    JsonNode golden = golden("EventEnvelope");

    EventEnvelope envelope = JSON.treeToValue(golden, EventEnvelope.class);

    assertThat(envelope.type()).isEqualTo("congress.deputies.DeputyRegistered.v1");
    assertThat(envelope.data().get("name").asText()).isEqualTo("张伟");
    JsonNode written = JSON.valueToTree(envelope);
    assertThat(written).isEqualTo(golden);
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      assertThat(in).as("golden file for %s", name).isNotNull();
      return JSON.readTree(in);
    }
  }
}
