package cn.gov.jinshan.congress.platform.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which deputy event does what to a service's table (each event once is the Inbox's, tested in the
 * services).
 */
class DeputyCopiesTest {
  private static final UUID ID = UUID.fromString("0b6c3f0e-6f1d-4c1a-9c55-0a7f8d2e4b11");

  @Test
  void shouldInsertARegisteredDeputyThenFollowItsUpdatesAndStatus() throws Exception {
    MapTable table = new MapTable();

    DeputyCopies.firstDelivery(registered("张伟", "ACTIVE", "u1"), table);
    assertThat(table.rows.get(ID)).isEqualTo(new Row("C1", "张伟", "d1", "ACTIVE", "u1"));

    DeputyCopies.firstDelivery(updated("张伟明", "d2", "u1"), table);
    assertThat(table.rows.get(ID)).isEqualTo(new Row("C1", "张伟明", "d2", "ACTIVE", "u1"));

    DeputyCopies.firstDelivery(statusChanged("SUSPENDED"), table);
    assertThat(table.rows.get(ID).status()).isEqualTo("SUSPENDED");
    assertThat(table.inserts).isEqualTo(1);
  }

  @Test
  void shouldOverwriteAKnownDeputyRegisteredAgainStatusIncluded() throws Exception {
    MapTable table = new MapTable();
    DeputyCopies.firstDelivery(registered("张伟", "ACTIVE", "u1"), table);
    DeputyCopies.firstDelivery(statusChanged("TERMINATED"), table);

    DeputyCopies.firstDelivery(registered("张伟", "ACTIVE", "u1"), table);

    assertThat(table.rows.get(ID).status()).isEqualTo("ACTIVE");
    assertThat(table.inserts).isEqualTo(1);
  }

  @Test
  void shouldFailAnUpdateOfAnUnknownDeputyUnlessTheTableMakesARow() throws Exception {
    MapTable strict = new MapTable();
    assertThatThrownBy(() -> DeputyCopies.firstDelivery(statusChanged("TERMINATED"), strict))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ID.toString());
    assertThatThrownBy(() -> DeputyCopies.firstDelivery(updated("张伟", "d1", null), strict))
        .isInstanceOf(IllegalStateException.class);
    assertThat(strict.rows).isEmpty();

    MapTable lenient = new MapTable();
    lenient.placeholders = true;
    DeputyCopies.firstDelivery(statusChanged("SUSPENDED"), lenient);
    assertThat(lenient.rows.get(ID)).isEqualTo(new Row("C1", "", null, "SUSPENDED", null));
  }

  @Test
  void shouldHandARedeliveredDeputyEventToItsKnownRowOnly() throws Exception {
    MapTable table = new MapTable();
    DeputyCopies.redelivered(registered("张伟", "ACTIVE", "u1"), table);
    assertThat(table.redeliveries).isZero();

    DeputyCopies.firstDelivery(registered("张伟", "ACTIVE", null), table);
    DeputyCopies.redelivered(updated("张伟明", "d2", "u1"), table);
    DeputyCopies.redelivered(statusChanged("SUSPENDED"), table);

    assertThat(table.redeliveries).isEqualTo(1);
    assertThat(table.rows.get(ID)).isEqualTo(new Row("C1", "张伟", "d1", "ACTIVE", null));
  }

  @Test
  void shouldRefuseAPayloadThatIsNotADeputy() {
    MapTable table = new MapTable();
    EventEnvelope notAUuid =
        envelope(
            EventTypes.typeOf(DeputyRegistered.class),
            Map.of("deputyId", "not-a-uuid", "congressId", "C1"));
    EventEnvelope notAnObject =
        envelope(EventTypes.typeOf(DeputyUpdated.class), java.util.List.of("x"));

    assertThatThrownBy(() -> DeputyCopies.firstDelivery(notAUuid, table))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeputyCopies.firstDelivery(notAnObject, table))
        .isInstanceOf(JsonProcessingException.class);
    assertThat(table.rows).isEmpty();
  }

  @Test
  void shouldNameOnlyTheDeputyEventTypes() {
    assertThat(DeputyCopies.TYPES)
        .containsExactlyInAnyOrder(
            EventTypes.typeOf(DeputyRegistered.class),
            EventTypes.typeOf(DeputyUpdated.class),
            EventTypes.typeOf(DeputyStatusChanged.class))
        .doesNotContain(EventTypes.typeOf(CongressRegistered.class));
  }

  private static EventEnvelope registered(String name, String status, String subject) {
    return envelope(
        EventTypes.typeOf(DeputyRegistered.class),
        new DeputyRegistered(
            ID.toString(), "C1", name, "MALE", "DISTRICT", 6, "d1", "朱泾镇代表团", status, subject));
  }

  private static EventEnvelope updated(String name, String delegation, String subject) {
    return envelope(
        EventTypes.typeOf(DeputyUpdated.class),
        new DeputyUpdated(
            ID.toString(), "C1", name, "MALE", "DISTRICT", 6, delegation, "代表团", subject));
  }

  private static EventEnvelope statusChanged(String status) {
    return envelope(
        EventTypes.typeOf(DeputyStatusChanged.class),
        new DeputyStatusChanged(ID.toString(), "C1", "ACTIVE", status, LocalDate.now(), "辞职"));
  }

  private static EventEnvelope envelope(String type, Object payload) {
    return new EventEnvelope(
        "1.0",
        UUID.randomUUID().toString(),
        "/congress/deputies",
        type,
        null,
        Instant.now(),
        "application/json",
        null,
        "test",
        EventJson.mapper().valueToTree(payload));
  }

  private record Row(
      String congressId, String name, String delegationId, String status, String userSubject) {}

  /**
   * A table in memory, like suggestions' (user subject kept once known, filled in on redelivery)
   * or, with placeholders, like one that takes a change of an unknown deputy as a new ACTIVE row.
   */
  private static final class MapTable implements DeputyCopyTable<UUID> {
    final Map<UUID, Row> rows = new HashMap<>();
    boolean placeholders;
    int inserts;
    int redeliveries;

    @Override
    public Optional<UUID> find(UUID id) {
      return rows.containsKey(id) ? Optional.of(id) : Optional.empty();
    }

    @Override
    public void insert(DeputyFacts d, String status) {
      inserts++;
      rows.put(
          d.id(), new Row(d.congressId(), d.name(), d.delegationId(), status, d.userSubject()));
    }

    @Override
    public void update(UUID id, DeputyFacts d) {
      Row r = rows.get(id);
      rows.put(
          id,
          new Row(
              r.congressId(),
              d.name(),
              d.delegationId(),
              r.status(),
              d.userSubject() == null ? r.userSubject() : d.userSubject()));
    }

    @Override
    public void changeStatus(UUID id, String status) {
      Row r = rows.get(id);
      rows.put(id, new Row(r.congressId(), r.name(), r.delegationId(), status, r.userSubject()));
    }

    @Override
    public UUID unknown(UUID id, String congressId) {
      if (!placeholders) {
        return DeputyCopyTable.super.unknown(id, congressId);
      }
      rows.put(id, new Row(congressId, "", null, "ACTIVE", null));
      return id;
    }

    @Override
    public void redelivered(UUID id, DeputyFacts d) {
      redeliveries++;
    }
  }
}
