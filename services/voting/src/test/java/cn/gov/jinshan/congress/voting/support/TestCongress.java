package cn.gov.jinshan.congress.voting.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.Tokens;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A fresh congress per test (every query is scoped by congress, so tests sharing the database never
 * see each other's rows), with deputies registered the way production does it: DeputyRegistered
 * events on the deputies topic, read by the service into its local copy.
 */
public final class TestCongress {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  public final String id;
  public final String staffToken;

  private TestCongress(String id) {
    this.id = id;
    this.staffToken = Tokens.staff(id);
  }

  public static TestCongress create() {
    return new TestCongress(
        "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
  }

  /** A congress with a fixed id (e.g. one with configured rules); it keeps earlier runs' data. */
  public static TestCongress withId(String id) {
    return new TestCongress(id);
  }

  /** Staff of this congress who also read the congresses below it (cross_congress). */
  public String crossStaff() {
    return Tokens.crossCongressStaff(id);
  }

  public RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType("application/json");
  }

  public RequestSpecification asStaff() {
    return given().auth().oauth2(staffToken).contentType("application/json");
  }

  public RequestSpecification asDeputy(UUID deputy) {
    return given().auth().oauth2(deputyToken(deputy)).contentType("application/json");
  }

  public RequestSpecification asDepartment(String department) {
    return given().auth().oauth2(Tokens.department(id, department)).contentType("application/json");
  }

  public String deputyToken(UUID deputy) {
    return Tokens.deputy(id, deputy);
  }

  /** Registers {@code count} ACTIVE district deputies and waits until the service has them all. */
  public List<UUID> deputies(int count) {
    return deputies(count, "DISTRICT");
  }

  /**
   * Registers {@code count} ACTIVE deputies of a level (the congress's own level makes them voters)
   * and waits until the service has them all as entitled voters.
   */
  public List<UUID> deputies(int count, String level) {
    int before = entitledCount();
    List<UUID> ids = new ArrayList<>();
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      for (int i = 0; i < count; i++) {
        UUID deputy = UUID.randomUUID();
        ids.add(deputy);
        send(producer, deputy, registered(deputy, level, "user-" + deputy), DeputyRegistered.class);
      }
      producer.flush();
    }
    awaitEntitled(before + count);
    return ids;
  }

  /** DeputyRegistered of one membership of this congress, for the given Keycloak subject. */
  public DeputyRegistered registered(UUID deputy, String level, String subject) {
    return new DeputyRegistered(
        deputy.toString(),
        id,
        "代表" + deputy.toString().substring(0, 4),
        "FEMALE",
        level,
        6,
        UUID.randomUUID().toString(),
        "朱泾镇代表团",
        "ACTIVE",
        subject);
  }

  /** Publishes any deputies-context event for a deputy. */
  public void publish(UUID deputy, Object payload, Class<?> type) {
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      send(producer, deputy, payload, type);
      producer.flush();
    }
  }

  public void suspend(UUID deputy) {
    publish(
        deputy,
        new DeputyStatusChanged(
            deputy.toString(), id, "ACTIVE", "SUSPENDED", LocalDate.now(), "依法暂停执行代表职务"),
        DeputyStatusChanged.class);
  }

  public void awaitEntitled(int count) {
    boolean reached = Poll.until(DEADLINE, () -> entitledCount() == count);
    assertThat(reached).as("%d entitled voters in %s", count, id).isTrue();
  }

  public int entitledCount() {
    int total = 0;
    String token = null;
    do {
      var spec = asStaff().queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      var page = spec.get("/api/v1/entitled-voters").then().statusCode(200).extract();
      total += page.<List<Object>>path("items").size();
      token = page.path("nextPageToken");
    } while (token != null);
    return total;
  }

  private void send(
      KafkaProducer<String, String> producer, UUID key, Object payload, Class<?> type) {
    EventEnvelope envelope =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/congress/deputies",
            EventTypes.typeOf(type),
            key.toString(),
            Instant.now(),
            "application/json",
            id,
            "test",
            EventJson.mapper().valueToTree(payload));
    try {
      producer.send(
          new ProducerRecord<>(
              Topics.DEPUTIES, key.toString(), EventJson.mapper().writeValueAsString(envelope)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
