package cn.gov.jinshan.congress.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event's golden JSON ({@code golden/<context>/<Record>.json} in test resources) must read
 * into its record and write back to the same JSON: a renamed or retyped field breaks a released
 * contract and fails here. Every {@link EventType} record must have a golden file; adding an event
 * means adding its record and its golden file, nothing else.
 */
class GoldenJsonTest {
  private static final ObjectMapper JSON = EventJson.mapper();
  private static final String PACKAGE = "cn.gov.jinshan.congress.contracts";

  /** Every class of the contracts that carries an {@link EventType}. */
  static Stream<Class<?>> payloads() throws IOException, URISyntaxException {
    Path classes =
        Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
          .map(GoldenJsonTest::load)
          .filter(c -> c.isAnnotationPresent(EventType.class))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList()
          .stream();
    }
  }

  @Test
  void shouldFindTheEventRecords() throws Exception {
    assertThat(payloads().count()).isGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void shouldRoundTripGoldenPayload(Class<?> payloadClass) throws IOException {
    JsonNode golden = golden(goldenPath(payloadClass));

    Object event = JSON.treeToValue(golden, payloadClass);

    JsonNode written = JSON.valueToTree(event);
    assertThat(written).isEqualTo(golden);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void shouldNameTypeAfterContextAndRecord(Class<?> payloadClass) {
    EventType type = EventTypes.of(payloadClass);
    String context = type.topic().split("\\.")[1];

    assertThat(payloadClass.getPackageName()).isEqualTo(PACKAGE + "." + context);
    assertThat(type.value())
        .matches("congress\\." + context + "\\." + payloadClass.getSimpleName() + "\\.v\\d+");
    assertThat(DomainEvent.class).isAssignableFrom(payloadClass);
  }

  /**
   * A field added to a released event is optional: the events already on the topics, written
   * without it, still read (the field null).
   */
  @Test
  void shouldReadABallotOpenedWrittenBeforeItCarriedTheCheckInWindow() throws IOException {
    ObjectNode older = (ObjectNode) golden("voting/BallotOpened");
    older.remove(List.of("checkInOpensAt", "checkInClosesAt"));

    BallotOpened opened = JSON.treeToValue(older, BallotOpened.class);

    assertThat(opened.roundId()).isEqualTo("80d37ecf-6192-43a4-afb0-c1d2e3546f70");
    assertThat(opened.entitledCount()).isEqualTo(298);
    assertThat(opened.checkInOpensAt()).isNull();
    assertThat(opened.checkInClosesAt()).isNull();
  }

  @Test
  void shouldRoundTripEnvelope() throws IOException {
    JsonNode golden = golden("EventEnvelope");

    EventEnvelope envelope = JSON.treeToValue(golden, EventEnvelope.class);

    assertThat(envelope.type()).isEqualTo("congress.deputies.DeputyRegistered.v1");
    assertThat(envelope.data().get("name").asText()).isEqualTo("张伟");
    JsonNode written = JSON.valueToTree(envelope);
    assertThat(written).isEqualTo(golden);
  }

  private static String goldenPath(Class<?> payloadClass) {
    String context = payloadClass.getPackageName().substring(PACKAGE.length() + 1);
    return context + "/" + payloadClass.getSimpleName();
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      assertThat(in).as("golden file golden/%s.json", name).isNotNull();
      return JSON.readTree(in);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
