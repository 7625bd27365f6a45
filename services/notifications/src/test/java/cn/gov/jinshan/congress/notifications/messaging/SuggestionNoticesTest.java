package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.deputyId;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionOverdue;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionRegistered;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.service.Outgoing;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.RecordingChannel;
import cn.gov.jinshan.congress.notifications.support.SuggestionStory;
import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A suggestion's events on the real broker become inbox entries for exactly the people the rule
 * table names, found in the real Keycloak realm (never a department system's service account, never
 * another congress's staff), once each however often an event arrives.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SuggestionNoticesTest {
  /** The first wait also covers the topic's history on a new consumer group. */
  private static final Duration FIRST = Duration.ofMinutes(8);

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject InboxRows rows;
  @Inject RecordingChannel outgoing;

  @Test
  void shouldTellExactlyTheRelatedPeopleOnceEach() {
    String item = UUID.randomUUID().toString();
    String title = "关于增设社区养老服务点的建议";
    Instant now = Instant.now();
    SuggestionStory.publish(
        new SuggestionSubmitted(
            item, CONGRESS, "SUGGESTION", title, deputyId(1), List.of(deputyId(2)), now));
    EventEnvelope registered =
        SuggestionStory.publish(
            new SuggestionRegistered(item, CONGRESS, "17-3-0042", 17, 3, title, deputyId(1), now));

    Set<String> authors = Set.of(id("deputy01"), id("deputy02"));
    assertThat(Poll.until(FIRST, () -> rows.count(registered.id()) >= 2)).isTrue();
    assertThat(rows.recipients(registered.id())).isEqualTo(authors);
    assertThat(rows.text(registered.id(), id("deputy01")))
        .containsExactly("您的建议已立案：关于增设社区养老服务点的建议", "建议《关于增设社区养老服务点的建议》已立案，编号 17-3-0042。");

    EventEnvelope assigned =
        SuggestionStory.publish(
            new SuggestionAssigned(
                item,
                CONGRESS,
                "17-3-0042",
                "EDU",
                List.of("HEALTH"),
                LocalDate.of(2027, 3, 1),
                now));
    assertThat(Poll.until(WAIT, () -> rows.count(assigned.id()) >= 2)).isTrue();
    assertThat(rows.recipients(assigned.id())).isEqualTo(Set.of(id("dept-edu"), id("dept-health")));
    assertThat(rows.text(assigned.id(), id("dept-edu")).get(1))
        .contains("主办单位 EDU", "协办单位 HEALTH", "2027-03-01");

    EventEnvelope sentBack =
        SuggestionStory.publish(
            new SuggestionSentBack(item, CONGRESS, "HEALTH", "CO_HANDLER", "不属于本单位职责", now));
    assertThat(Poll.until(WAIT, () -> rows.count(sentBack.id()) >= 1)).isTrue();
    assertThat(rows.recipients(sentBack.id())).isEqualTo(Set.of(id("staff1")));
    assertThat(rows.text(sentBack.id(), id("staff1")).get(1)).contains("协办", "不属于本单位职责");

    // the department that sent its task back is no longer told; the overdue one and staff are
    EventEnvelope overdue =
        SuggestionStory.publish(
            new SuggestionOverdue(
                item, CONGRESS, "17-3-0042", "EDU", "OVERDUE", LocalDate.of(2027, 3, 1), now));
    assertThat(Poll.until(WAIT, () -> rows.count(overdue.id()) >= 2)).isTrue();
    assertThat(rows.recipients(overdue.id())).isEqualTo(Set.of(id("dept-edu"), id("staff1")));
    assertThat(rows.text(overdue.id(), id("staff1")).get(0)).startsWith("办理已超期：17-3-0042");

    // the reply reaches the authors and the author of an item merged into this one
    EventEnvelope replied =
        SuggestionStory.publish(
            new SuggestionReplied(
                item,
                CONGRESS,
                UUID.randomUUID().toString(),
                "EDU",
                0,
                "A",
                true,
                null,
                true,
                List.of(deputyId(1), deputyId(3)),
                now));
    assertThat(Poll.until(WAIT, () -> rows.count(replied.id()) >= 3)).isTrue();
    assertThat(rows.recipients(replied.id()))
        .isEqualTo(Set.of(id("deputy01"), id("deputy02"), id("deputy03")));

    // a redelivered event tells nobody again; the contact that follows it on the same partition
    // shows that the redelivery was consumed
    SuggestionStory.again(registered);
    SuggestionStory.again(assigned);
    EventEnvelope contact =
        SuggestionStory.publish(
            new ContactRecorded(
                item,
                CONGRESS,
                UUID.randomUUID().toString(),
                "EDU",
                LocalDate.of(2027, 2, 1),
                "电话",
                now));
    assertThat(Poll.until(WAIT, () -> rows.count(contact.id()) >= 2)).isTrue();
    assertThat(rows.recipients(contact.id())).isEqualTo(authors);
    assertThat(rows.count(registered.id())).isEqualTo(2);
    assertThat(rows.count(assigned.id())).isEqualTo(2);

    // the outgoing channels got each person once, with the rule's channels and the same texts
    List<Outgoing> mails = outgoing.of(registered.id());
    assertThat(mails).extracting(m -> m.person().id()).containsExactlyInAnyOrderElementsOf(authors);
    assertThat(mails)
        .allSatisfy(
            m -> {
              assertThat(m.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
              assertThat(m.title()).isEqualTo("您的建议已立案：关于增设社区养老服务点的建议");
              assertThat(m.kind()).isEqualTo("SUGGESTION_REGISTERED");
              assertThat(m.itemId()).isEqualTo(item);
            });
    assertThat(mails)
        .filteredOn(m -> m.person().id().equals(id("deputy01")))
        .singleElement()
        .satisfies(m -> assertThat(m.person().email()).isEqualTo("deputy01@example.org"));
    assertThat(outgoing.of(contact.id()))
        .allSatisfy(m -> assertThat(m.channels()).containsExactly(Channel.INBOX));
  }
}
