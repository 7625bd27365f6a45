package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationOverdue;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected.SelectedProject;
import cn.gov.jinshan.congress.notifications.support.Broker;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Voting and supervision events on the real broker reach exactly the people their rules name: the
 * deputies of the congress, its staff and committee members, the departments concerned.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VotingAndSupervisionNoticesTest {
  /** The first wait also covers the topics' history on a new consumer group. */
  private static final Duration FIRST = Duration.ofMinutes(8);

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject InboxRows rows;

  private static Set<String> districtDeputies() {
    return IntStream.rangeClosed(1, 30)
        .mapToObj(n -> id(String.format("deputy%02d", n)))
        .collect(Collectors.toSet());
  }

  @Test
  void shouldTellTheDeputiesOfTheCongressOfABallotAndItsResult() {
    String round = UUID.randomUUID().toString();
    Instant now = Instant.now();
    EventEnvelope opened =
        Broker.publish(
            new BallotOpened(round, CONGRESS, 2027, 10, List.of("c1", "c2", "c3"), 30, now));
    assertThat(Poll.until(FIRST, () -> rows.count(opened.id()) >= 30)).isTrue();
    assertThat(rows.recipients(opened.id())).isEqualTo(districtDeputies());
    assertThat(rows.text(opened.id(), id("deputy07")).get(0)).isEqualTo("2027年民生实事项目票决已开始");

    EventEnvelope selected =
        Broker.publish(
            new ProjectsSelected(
                round,
                CONGRESS,
                2027,
                List.of(
                    new SelectedProject("p1", "c1", "老旧小区加装电梯", "HOUSING", 25),
                    new SelectedProject("p2", "c2", "学校周边交通改善", "TRANSPORT", 22)),
                null,
                now));
    Set<String> expected = new HashSet<>(districtDeputies());
    expected.addAll(Set.of(id("staff1"), id("dept-housing"), id("dept-transport")));
    assertThat(Poll.until(WAIT, () -> rows.count(selected.id()) >= expected.size())).isTrue();
    assertThat(rows.recipients(selected.id())).isEqualTo(expected);
    assertThat(rows.text(selected.id(), id("staff1")).get(1))
        .isEqualTo("2027年票决选出 2 个民生实事项目：老旧小区加装电梯、学校周边交通改善。");
  }

  @Test
  void shouldTellMembersAndDepartmentsOfHearingsAndRectification() {
    String topic = UUID.randomUUID().toString();
    Broker.publish(
        new TopicPlanned(
            topic,
            CONGRESS,
            UUID.randomUUID().toString(),
            2027,
            "关于全区基层医疗服务体系建设情况的报告",
            "SPECIAL_REPORT",
            "教科文卫工委",
            List.of("HEALTH"),
            LocalDate.of(2027, 6, 20)));
    EventEnvelope hearing =
        Broker.publish(new TopicStatusChanged(topic, CONGRESS, "RESEARCH", "HEARING", 1));
    Set<String> members =
        IntStream.rangeClosed(1, 7)
            .mapToObj(n -> id(String.format("member%02d", n)))
            .collect(Collectors.toSet());
    Set<String> expected = new HashSet<>(members);
    expected.add(id("dept-health"));
    assertThat(Poll.until(FIRST, () -> rows.count(hearing.id()) >= expected.size())).isTrue();
    assertThat(rows.recipients(hearing.id())).isEqualTo(expected);
    assertThat(rows.text(hearing.id(), id("member01")).get(0))
        .isEqualTo("监督议题将听取报告：关于全区基层医疗服务体系建设情况的报告");

    String opinion = UUID.randomUUID().toString();
    EventEnvelope issued =
        Broker.publish(
            new OpinionIssued(
                topic,
                CONGRESS,
                opinion,
                1,
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 9, 30),
                List.of("HEALTH")));
    assertThat(Poll.until(WAIT, () -> rows.count(issued.id()) >= 1)).isTrue();
    assertThat(rows.recipients(issued.id())).isEqualTo(Set.of(id("dept-health")));

    EventEnvelope overdue =
        Broker.publish(
            new RectificationOverdue(
                topic, CONGRESS, opinion, List.of("HEALTH"), LocalDate.of(2027, 9, 30)));
    assertThat(Poll.until(WAIT, () -> rows.count(overdue.id()) >= 2)).isTrue();
    assertThat(rows.recipients(overdue.id())).isEqualTo(Set.of(id("dept-health"), id("staff1")));
  }
}
