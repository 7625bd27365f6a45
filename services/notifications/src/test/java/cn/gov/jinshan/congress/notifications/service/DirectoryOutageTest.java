package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.deputyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionRegistered;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With Keycloak unreachable an event is not applied at all: no inbox entry, no item copy and no
 * record that it was processed, so the consumer's next attempt applies it in full. (The consumers
 * are off in this profile: only the handler is driven.)
 */
@QuarkusTest
@TestProfile(DirectoryOutageTest.KeycloakUnreachable.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DirectoryOutageTest {
  /** The directory points at a closed port; no consumer runs. */
  public static class KeycloakUnreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "notifications.directory.url", "http://127.0.0.1:1",
          "notifications.directory.timeout", "1s",
          "mp.messaging.incoming.suggestions.enabled", "false",
          "mp.messaging.incoming.voting.enabled", "false",
          "mp.messaging.incoming.supervision.enabled", "false",
          "mp.messaging.incoming.deputies.enabled", "false");
    }
  }

  @Inject SuggestionNotices notices;
  @Inject InboxRows rows;
  @Inject EntityManager entityManager;

  @Test
  void shouldLeaveNothingBehindSoThatTheEventIsAppliedAgain() {
    String item = UUID.randomUUID().toString();
    SuggestionRegistered registered =
        new SuggestionRegistered(
            item, CONGRESS, "17-3-0099", 17, 3, "关于夜间公交的建议", deputyId(1), Instant.now());
    EventEnvelope event =
        TestEvents.envelope(
            EventTypes.typeOf(SuggestionRegistered.class),
            item,
            CONGRESS,
            EventJson.mapper().valueToTree(registered));

    assertThatThrownBy(() -> notices.apply(event)).isInstanceOf(DirectoryUnavailable.class);

    assertThat(rows.count(event.id())).isZero();
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        ((Number)
                                entityManager
                                    .createNativeQuery(
                                        "SELECT (SELECT count(*) FROM processed_event"
                                            + " WHERE event_id = ?1)"
                                            + " + (SELECT count(*) FROM item_copy WHERE id = ?2)")
                                    .setParameter(1, event.id())
                                    .setParameter(2, item)
                                    .getSingleResult())
                            .longValue()))
        .isZero();
  }
}
