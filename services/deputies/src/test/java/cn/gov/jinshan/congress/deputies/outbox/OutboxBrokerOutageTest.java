package cn.gov.jinshan.congress.deputies.outbox;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.testing.LocalStack;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stops the real broker mid-test: writes keep committing, the relay keeps retrying, and once the
 * broker is back every pending event is published, none lost.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutboxBrokerOutageTest {
  @Inject EntityManager entityManager;

  @Test
  void shouldCatchUpAfterBrokerIsStoppedAndRestarted() {
    TestCongress congress = TestCongress.create();
    UUID delegation = congress.delegation("石化街道代表团");
    UUID first;
    UUID second;
    LocalStack.run("kafka", "stop");
    try {
      first = congress.register(aDeputy().named("停机一").in(delegation));
      second = congress.register(aDeputy().named("停机二").in(delegation));
      assertThat(pending(first) + pending(second)).isEqualTo(2);
    } finally {
      LocalStack.run("kafka", "start");
    }

    var published =
        TopicReader.awaitRecords(
            Topics.DEPUTIES,
            r -> first.toString().equals(r.key()) || second.toString().equals(r.key()),
            2,
            Duration.ofSeconds(90));

    assertThat(published)
        .extracting(r -> r.key())
        .containsExactlyInAnyOrder(first.toString(), second.toString());
    // The relay marks rows in the transaction that waited for the acknowledgements; it commits
    // just after the records become visible, so poll for it with a deadline.
    assertThat(Poll.until(Duration.ofSeconds(30), () -> pending(first) + pending(second) == 0))
        .as("outbox rows marked published")
        .isTrue();
  }

  private long pending(UUID key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE event_key = ?1"
                                    + " AND published_at IS NULL")
                            .setParameter(1, key.toString())
                            .getSingleResult())
                    .longValue());
  }
}
