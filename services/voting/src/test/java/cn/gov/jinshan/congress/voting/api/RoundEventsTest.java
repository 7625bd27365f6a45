package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.EvaluationOpened;
import cn.gov.jinshan.congress.testing.TopicReader;
import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What other services learn of a round through the outbox: the ballot's opening with its check-in
 * window (the notifications service reminds the deputies when it opens), and the opening of the
 * year-end rating with the projects to be rated.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoundEventsTest {
  @Test
  void shouldTellTheCheckInWindowWithTheBallotAndTheProjectsWhenTheRatingOpens() throws Exception {
    TestCongress congress = TestCongress.create();
    List<UUID> voters = congress.deputies(1);
    Instant opens = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    Instant closes = opens.plus(Duration.ofHours(3));
    RoundFixture round =
        aRound(congress)
            .selecting(1)
            .withCandidates(2)
            .checkInWindow(opens, closes)
            .delivering(voters);
    UUID project = round.project();

    round.phase("EVALUATING").statusCode(200);

    BallotOpened opened = only(round, BallotOpened.class);
    assertThat(opened.checkInOpensAt()).isEqualTo(opens);
    assertThat(opened.checkInClosesAt()).isEqualTo(closes);
    EvaluationOpened evaluation = only(round, EvaluationOpened.class);
    assertThat(evaluation.roundId()).isEqualTo(round.id.toString());
    assertThat(evaluation.congressId()).isEqualTo(congress.id);
    assertThat(evaluation.projectIds()).containsExactly(project.toString());
    assertThat(evaluation.openedAt()).isNotNull();
  }

  /** The one event of this type about the round, read from the topic. */
  private static <T> T only(RoundFixture round, Class<T> type) throws Exception {
    String name = EventTypes.typeOf(type);
    List<ConsumerRecord<String, String>> records =
        TopicReader.awaitRecords(
            Topics.VOTING,
            r -> round.id.toString().equals(r.key()) && r.value().contains(name),
            1,
            Duration.ofSeconds(30));
    assertThat(records).hasSize(1);
    return EventJson.mapper()
        .treeToValue(EventJson.mapper().readTree(records.get(0).value()).get("data"), type);
  }
}
