package cn.gov.jinshan.congress.suggestions.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.Tokens;
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
 * A fresh congress per test. Deputies come the real way: DeputyRegistered events published to
 * congress.deputies.v1, then polled until the service's local copy has them.
 */
public final class TestCongress {
  public static final Duration DEADLINE = Duration.ofSeconds(60);
  public final String id;
  public final String staffToken;
  public final String delegationId = UUID.randomUUID().toString();
  private final java.util.Set<String> departments =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private TestCongress() {
    this.id = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    this.staffToken = Tokens.staff(id);
  }

  public static TestCongress create() {
    return new TestCongress();
  }

  /** A new district congress, registered the real way (CongressRegistered) and waited for. */
  public static TestCongress district(int term, int session) {
    TestCongress c = new TestCongress();
    c.publish(new CongressRegistered(c.id, "测试区人大", "DISTRICT", null, term, session));
    c.awaitCongress(term, session);
    return c;
  }

  /** A new town congress below {@code district}, registered and waited for. */
  public static TestCongress townOf(TestCongress district, int term, int session) {
    TestCongress c = new TestCongress();
    c.publish(new CongressRegistered(c.id, "测试镇人大", "TOWN", district.id, term, session));
    c.awaitCongress(term, session);
    return c;
  }

  /** District staff who read the towns below (role cross_congress). */
  public String crossStaffToken() {
    return Tokens.crossCongressStaff(id);
  }

  /** The congress moved to a new term or session (CongressUpdated), waited for. */
  public void moveTo(String level, String parentId, int term, int session) {
    publish(new CongressUpdated(id, "测试人大", level, parentId, term, session));
    awaitCongress(term, session);
  }

  private void publish(DomainEvent event) {
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      send(producer, event);
      producer.flush();
    }
  }

  public void awaitCongress(int term, int session) {
    boolean arrived =
        Poll.until(
            DEADLINE,
            () -> {
              var r =
                  given()
                      .auth()
                      .oauth2(staffToken)
                      .get("/api/v1/suggestion-congresses/" + id)
                      .then()
                      .extract();
              return r.statusCode() == 200
                  && Integer.valueOf(term).equals(r.path("currentTerm"))
                  && Integer.valueOf(session).equals(r.path("currentSession"));
            });
    assertThat(arrived).as("copy of congress %s in %d-%d", id, term, session).isTrue();
  }

  /** An administrator of this congress. */
  public String adminToken() {
    return Tokens.admin(id);
  }

  /**
   * Registers the handling unit {@code code} (once per congress), so that items can be assigned to
   * it; its name is {@link #departmentName}.
   */
  public String department(String code) {
    if (departments.add(code)) {
      given()
          .auth()
          .oauth2(adminToken())
          .contentType("application/json")
          .body(java.util.Map.of("code", code, "name", departmentName(code), "kind", "GOVERNMENT"))
          .post("/api/v1/suggestion-departments")
          .then()
          .statusCode(201);
    }
    return code;
  }

  /** The name a test unit is registered with: by the prefix of its code (JT-… 区交通委). */
  public static String departmentName(String code) {
    String prefix = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
    return switch (prefix) {
          case "JT" -> "区交通委员会";
          case "CZ" -> "区财政局";
          case "NY" -> "区农业农村委员会";
          case "JY" -> "区教育局";
          case "WJ" -> "区卫生健康委员会";
          default -> "测试单位";
        }
        + "（"
        + code
        + "）";
  }

  public String deputyToken(UUID deputy) {
    return Tokens.deputy(id, deputy);
  }

  public String departmentToken(String department) {
    return Tokens.department(id, department);
  }

  /** Registers one active deputy and waits for the copy. */
  public UUID deputy(String name) {
    return deputies(name).get(0);
  }

  /** One active deputy who is the Keycloak user {@code userSubject} (a person may sit in two). */
  public UUID deputyAs(String name, String userSubject) {
    UUID deputy = UUID.randomUUID();
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      send(
          producer,
          new DeputyRegistered(
              deputy.toString(),
              id,
              name,
              "MALE",
              "TOWN",
              18,
              delegationId,
              "朱泾镇代表小组",
              "ACTIVE",
              userSubject));
      producer.flush();
    }
    boolean linked =
        Poll.until(
            DEADLINE,
            () ->
                Boolean.TRUE.equals(
                    given()
                        .auth()
                        .oauth2(staffToken)
                        .get("/api/v1/suggestion-deputies/" + deputy)
                        .then()
                        .extract()
                        .path("userLinked")));
    assertThat(linked).as("copy of deputy %s linked to %s", deputy, userSubject).isTrue();
    return deputy;
  }

  /** Registers active deputies (through Kafka) and waits until the copy has every one. */
  public List<UUID> deputies(String... names) {
    List<UUID> ids = new ArrayList<>();
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      for (String name : names) {
        UUID deputy = UUID.randomUUID();
        ids.add(deputy);
        send(
            producer,
            new DeputyRegistered(
                deputy.toString(),
                id,
                name,
                "FEMALE",
                "DISTRICT",
                6,
                delegationId,
                "朱泾镇代表团",
                "ACTIVE",
                "user-" + deputy));
      }
      producer.flush();
    }
    for (UUID deputy : ids) {
      awaitStatus(deputy, "ACTIVE");
    }
    return ids;
  }

  /** A status change from the deputies service, waited for. */
  public void changeStatus(UUID deputy, String status) {
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      send(
          producer,
          new DeputyStatusChanged(
              deputy.toString(), id, "ACTIVE", status, LocalDate.of(2026, 3, 1), "依法暂停"));
    }
    awaitStatus(deputy, status);
  }

  public void awaitStatus(UUID deputy, String status) {
    boolean arrived =
        Poll.until(
            DEADLINE,
            () ->
                status.equals(
                    given()
                        .auth()
                        .oauth2(staffToken)
                        .get("/api/v1/suggestion-deputies/" + deputy)
                        .then()
                        .extract()
                        .path("status")));
    assertThat(arrived).as("copy of deputy %s is %s", deputy, status).isTrue();
  }

  public static void send(KafkaProducer<String, String> producer, DomainEvent event) {
    EventEnvelope envelope =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/congress/deputies",
            EventTypes.typeOf(event.getClass()),
            event.aggregateId(),
            Instant.now(),
            "application/json",
            event.congressId(),
            "test",
            EventJson.mapper().valueToTree(event));
    sendRaw(producer, event.aggregateId(), json(envelope));
  }

  public static void sendRaw(KafkaProducer<String, String> producer, String key, String value) {
    try {
      producer.send(new ProducerRecord<>(Topics.DEPUTIES, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
