package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.support.WebhookReceiver;
import cn.gov.jinshan.congress.notifications.support.WebhookReceiver.Received;
import cn.gov.jinshan.congress.notifications.support.Webhooks;
import cn.gov.jinshan.congress.notifications.support.Webhooks.Subscription;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.SignatureVerifier;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A queue of 3,000 deliveries drains to a local receiver, each delivery signed and accepted once.
 * The rate is logged here; the target (≥ 500 a second) is measured by make bench, not asserted in a
 * test that would depend on how busy the machine is.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookThroughputTest {
  private static final Logger LOG = Logger.getLogger(WebhookThroughputTest.class);
  private static final int DELIVERIES = 3000;

  @Inject AgroalDataSource dataSource;

  @Test
  void shouldDrainAQueueOfDeliveriesEachSignedAndAcceptedOnce() throws SQLException {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Webhooks dept = new Webhooks();
      String path = "/bench-" + UUID.randomUUID();
      Subscription sub = dept.subscribe(receiver.url(path), "suggestion.assigned");

      long queued = System.nanoTime();
      queue(dept.congressId, UUID.fromString(sub.id()), DELIVERIES);
      assertThat(Poll.until(Duration.ofSeconds(60), () -> delivered(sub) == DELIVERIES)).isTrue();
      double seconds = (System.nanoTime() - queued) / 1e9;
      double rate = DELIVERIES / seconds;
      LOG.infof("webhooks: %d deliveries drained in %.2f s = %.0f/s", DELIVERIES, seconds, rate);

      assertThat(receiver.accepted(path).stream().map(Received::id).collect(Collectors.toSet()))
          .hasSize(DELIVERIES);
      assertThat(receiver.accepted(path)).hasSize(DELIVERIES);
      assertThat(
              receiver.received(path).stream()
                  .allMatch(
                      r ->
                          SignatureVerifier.verifies(
                              sub.secret(), r.id(), r.timestamp(), r.signature(), r.body())))
          .isTrue();
    }
  }

  private void queue(String congressId, UUID subscription, int count) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO webhook_delivery (id, congress_id, subscription_id, event_id,"
                    + " event_type, payload, status, next_attempt_at, give_up_at, created_at)"
                    + " SELECT gen_random_uuid(), ?, ?, 'bench-' || g, 'suggestion.assigned',"
                    + " '{\"type\":\"suggestion.assigned\",\"id\":\"bench-' || g || '\"}',"
                    + " 'PENDING', now(), now() + interval '1 day', now()"
                    + " FROM generate_series(1, ?) g")) {
      insert.setString(1, congressId);
      insert.setObject(2, subscription);
      insert.setInt(3, count);
      insert.executeUpdate();
    }
  }

  private long delivered(Subscription sub) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count =
            c.prepareStatement(
                "SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?"
                    + " AND status = 'DELIVERED'")) {
      count.setObject(1, UUID.fromString(sub.id()));
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
