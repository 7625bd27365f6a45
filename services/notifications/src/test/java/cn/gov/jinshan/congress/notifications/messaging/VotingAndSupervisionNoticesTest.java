package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.districtDeputies;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationOverdue;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.EvaluationOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected.SelectedProject;
import cn.gov.jinshan.congress.notifications.support.Broker;
import cn.gov.jinshan.congress.notifications.support.CopiedDeputies;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
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
import org.junit.jupiter.api.BeforeEach;
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
  @Inject CopiedDeputies copiedDeputies;

  /**
   * The ballot's notices go to the entitled deputies: the realm's deputies, as the copy knows them.
   */
  @BeforeEach
  void knowTheRealmsDeputies() {
    copiedDeputies.knowRealmDistrictDeputies();
  }

  @Test
  void shouldTellTheDeputiesOfTheCongressOfABallotAndItsResult() {
    String round = UUID.randomUUID().toString();
    Instant now = Instant.now();
    EventEnvelope opened =
        Broker.publish(
            new BallotOpened(
                round, CONGRESS, 2027, 10, List.of("c1", "c2", "c3"), 30, now, null, null));
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

    EventEnvelope rating =
        Broker.publish(new EvaluationOpened(round, CONGRESS, 2027, List.of("p1", "p2"), now));
    assertThat(Poll.until(WAIT, () -> rows.count(rating.id()) >= 30)).isTrue();
    assertThat(rows.recipients(rating.id())).isEqualTo(districtDeputies());
    assertThat(rows.text(rating.id(), id("deputy07")))
        .containsExactly("2027年民生实事项目满意度测评已开始", "2027年票决产生的 2 个民生实事项目已进入年终满意度测评，请对每个项目的实施情况作出评价。");
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
    // the members are asked to attend, the department to report: two kinds, two sources
    String attendance = hearing.id() + "/HEARING_ATTENDANCE_REQUESTED";
    assertThat(Poll.until(FIRST, () -> rows.count(attendance) >= members.size())).isTrue();
    assertThat(Poll.until(WAIT, () -> rows.count(hearing.id()) >= 1)).isTrue();
    assertThat(rows.recipients(attendance)).isEqualTo(members);
    assertThat(rows.recipients(hearing.id())).isEqualTo(Set.of(id("dept-health")));
    assertThat(rows.text(attendance, id("member01")))
        .containsExactly(
            "请出席监督议题听取报告会议：关于全区基层医疗服务体系建设情况的报告",
            "议题《关于全区基层医疗服务体系建设情况的报告》已安排第 1 次听取专项工作报告，会议日期 2027-06-20，请组成人员按时出席。");
    assertThat(rows.text(hearing.id(), id("dept-health")).get(0))
        .isEqualTo("请准备监督议题工作报告：关于全区基层医疗服务体系建设情况的报告");
    // delivered again, it tells no one again
    TestEvents.publish(Topics.SUPERVISION, topic, hearing);

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
    assertThat(rows.count(attendance)).isEqualTo(members.size());
    assertThat(rows.count(hearing.id())).isEqualTo(1);
  }
}
