package cn.gov.jinshan.congress.deputies.service;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static cn.gov.jinshan.congress.testing.TestEvents.producer;
import static cn.gov.jinshan.congress.testing.TestEvents.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.supervision.VisitRecorded;
import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.contracts.voting.BallotClosed;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectEvaluated;
import cn.gov.jinshan.congress.contracts.voting.VoterCheckedIn;
import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.TopicReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Activities recorded from other services' events, through the real broker, once each. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ActivityEventsTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Test
  void shouldRecordSubmissionAndCoSigningOnceEvenWhenRedelivered() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID delegation = congress.delegation("山阳镇代表团");
    UUID lead = congress.register(aDeputy().named("钱进").in(delegation));
    UUID coSigner = congress.register(aDeputy().named("孔丽").in(delegation));
    String suggestionId = UUID.randomUUID().toString();
    EventEnvelope event =
        envelope(
            Topics.SUGGESTIONS,
            new SuggestionSubmitted(
                suggestionId,
                congress.id,
                "SUGGESTION",
                "关于加快推进农村公路提档升级的建议",
                lead.toString(),
                List.of(coSigner.toString()),
                Instant.parse("2026-01-15T02:30:00Z")),
            congress.id,
            SuggestionSubmitted.class);

    publish(Topics.SUGGESTIONS, suggestionId, event);
    publish(Topics.SUGGESTIONS, suggestionId, event); // redelivery: same CloudEvents id

    // A later event on the same key lands on the same partition after both deliveries; once it
    // has its effect, both deliveries have been consumed.
    UUID marker = congress.register(aDeputy().named("标记").in(delegation));
    publish(
        Topics.SUGGESTIONS,
        suggestionId,
        envelope(
            Topics.SUGGESTIONS,
            new SuggestionSubmitted(
                suggestionId,
                congress.id,
                "SUGGESTION",
                "标记",
                marker.toString(),
                List.of(),
                Instant.parse("2026-01-16T02:30:00Z")),
            congress.id,
            SuggestionSubmitted.class));
    awaitActivityCount(congress, marker, 1);

    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + lead + "/activities")
        .then()
        .statusCode(200)
        .body("items.kind", equalTo(List.of("SUGGESTION_SUBMITTED")))
        .body("items[0].source", equalTo("EVENT"))
        .body("items[0].occurredOn", equalTo("2026-01-15"))
        .body("items[0].title", equalTo("关于加快推进农村公路提档升级的建议"));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + coSigner + "/activities")
        .then()
        .body("items.kind", equalTo(List.of("SUGGESTION_COSIGNED")));
  }

  @Test
  void shouldRecordHearingAttendanceOfPresentDeputies() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID present = congress.register(aDeputy().in(congress.delegation("漕泾镇代表团")));
    String topic = UUID.randomUUID().toString();
    publish(
        Topics.SUPERVISION,
        topic,
        envelope(
            Topics.SUPERVISION,
            new AttendanceRecorded(
                topic,
                congress.id,
                "听取和审议区政府关于养老服务工作情况的报告",
                LocalDate.of(2026, 6, 25),
                List.of(present.toString())),
            congress.id,
            AttendanceRecorded.class));

    awaitActivityCount(congress, present, 1);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + present + "/activities")
        .then()
        .body("items[0].kind", equalTo("HEARING_ATTENDANCE"))
        .body("items[0].occurredOn", equalTo("2026-06-25"));
  }

  @Test
  void shouldRecordVoteCastAndScoreIt() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.register(aDeputy().in(congress.delegation("廊下镇代表团")));
    String round = UUID.randomUUID().toString();
    publish(
        Topics.VOTING,
        round,
        envelope(
            Topics.VOTING,
            new BallotCast(round, congress.id, deputy.toString(), LocalDate.of(2026, 1, 16)),
            congress.id,
            BallotCast.class));

    awaitActivityCount(congress, deputy, 1);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .body("items[0].title", equalTo("2026年民心工程实事项目票决"));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/performance-records/2026")
        .then()
        .statusCode(200)
        .body("counts.VOTE_CAST", equalTo(1))
        .body("score", equalTo(2));
  }

  @Test
  void shouldRecordInspectionsAndResearchVisitsOfTheDeputiesWhoTookPart() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID delegation = congress.delegation("朱泾镇代表团");
    UUID inspector = congress.register(aDeputy().in(delegation));
    UUID researcher = congress.register(aDeputy().in(delegation));
    String topic = UUID.randomUUID().toString();
    publish(
        Topics.SUPERVISION, topic, visit(congress, topic, "INSPECTION", "2026-05-12", inspector));
    publish(
        Topics.SUPERVISION, topic, visit(congress, topic, "RESEARCH", "2026-04-02", researcher));

    awaitActivityCount(congress, researcher, 1);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + inspector + "/activities")
        .then()
        .body("items.kind", equalTo(List.of("INSPECTION")))
        .body("items[0].occurredOn", equalTo("2026-05-12"))
        .body("items[0].title", equalTo("听取和审议区政府关于养老服务工作情况的报告（朱泾镇社区养老服务综合体）"));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + researcher + "/performance-records/2026")
        .then()
        .body("counts.RESEARCH", equalTo(1))
        .body("counts.INSPECTION", equalTo(0));
  }

  @Test
  void shouldTitleVotesCheckInsAndRatingsAfterTheirRound() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.register(aDeputy().in(congress.delegation("吕巷镇代表团")));
    String round = UUID.randomUUID().toString();
    // a round for the next year's projects, voted at the end of this one
    publish(
        Topics.VOTING,
        round,
        envelope(
            Topics.VOTING,
            new BallotOpened(
                round,
                congress.id,
                2027,
                10,
                List.of(),
                300,
                Instant.parse("2026-12-28T01:00:00Z"),
                null,
                null),
            congress.id,
            BallotOpened.class));
    publish(
        Topics.VOTING,
        round,
        envelope(
            Topics.VOTING,
            new VoterCheckedIn(
                round,
                congress.id,
                deputy.toString(),
                Instant.parse("2026-12-28T00:30:00Z"),
                false),
            congress.id,
            VoterCheckedIn.class));
    publish(
        Topics.VOTING,
        round,
        envelope(
            Topics.VOTING,
            new BallotCast(round, congress.id, deputy.toString(), LocalDate.of(2026, 12, 28)),
            congress.id,
            BallotCast.class));
    awaitActivityCount(congress, deputy, 2);
    String project = UUID.randomUUID().toString();
    publish(
        Topics.VOTING,
        project,
        envelope(
            Topics.VOTING,
            new ProjectEvaluated(
                project, round, congress.id, deputy.toString(), LocalDate.of(2027, 12, 20)),
            congress.id,
            ProjectEvaluated.class));
    awaitActivityCount(congress, deputy, 3);

    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .body(
            "items.kind",
            containsInAnyOrder("PROJECT_EVALUATED", "SESSION_ATTENDANCE", "VOTE_CAST"))
        .body(
            "items.title",
            containsInAnyOrder(
                List.of("2027年民心工程实事项目满意度测评", "2027年民心工程实事项目票决会议", "2027年民心工程实事项目票决").toArray()));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/performance-records/2027")
        .then()
        .body("counts.PROJECT_EVALUATED", equalTo(1))
        .body("score", equalTo(1));
  }

  private static EventEnvelope visit(
      TestCongress congress, String topic, String kind, String on, UUID deputy) {
    return envelope(
        Topics.SUPERVISION,
        new VisitRecorded(
            topic,
            congress.id,
            UUID.randomUUID().toString(),
            "听取和审议区政府关于养老服务工作情况的报告",
            kind,
            LocalDate.parse(on),
            "朱泾镇社区养老服务综合体",
            List.of(deputy.toString())),
        congress.id,
        VisitRecorded.class);
  }

  @Test
  void shouldPassOverRecordsWhoseTypeHeaderNamesTypeItDoesNotHandle() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID delegation = congress.delegation("金山卫镇代表团");
    UUID passedOver = congress.register(aDeputy().in(delegation));
    UUID counted = congress.register(aDeputy().in(delegation));
    String round = UUID.randomUUID().toString();
    // The body is a BallotCast the handler would apply; the header says BallotClosed, which the
    // consumer's EventTypeFilter does not let through. Only the filter can keep it out.
    publish(
        Topics.VOTING,
        round,
        ballotCast(round, congress, passedOver),
        EventTypes.typeOf(BallotClosed.class));
    // Same key, same partition, read after the first: once it counts, the first was read too.
    publish(Topics.VOTING, round, ballotCast(round, congress, counted));

    awaitActivityCount(congress, counted, 1);
    assertThat(activityCount(congress, passedOver)).isZero();
  }

  private static EventEnvelope ballotCast(String round, TestCongress congress, UUID deputy) {
    return envelope(
        Topics.VOTING,
        new BallotCast(round, congress.id, deputy.toString(), LocalDate.of(2026, 1, 16)),
        congress.id,
        BallotCast.class);
  }

  @Test
  void shouldApplyTheOtherEventsOfAPollAndDeadLetterOnlyTheUnreadableOne() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID delegation = congress.delegation("张堰镇代表团");
    UUID before = congress.register(aDeputy().in(delegation));
    UUID after = congress.register(aDeputy().in(delegation));
    UUID late = congress.register(aDeputy().in(delegation));
    String round = UUID.randomUUID().toString();
    EventEnvelope good = ballotCast(round, congress, late);
    // Same id and type as a real event, but its date cannot be read: the handler fails with a
    // checked JsonProcessingException, which must roll back its inbox row with the rest.
    ObjectNode unreadableData = EventJson.mapper().valueToTree(good.data());
    unreadableData.put("castOn", "2026-13-45");
    EventEnvelope unreadable =
        new EventEnvelope(
            good.specversion(),
            good.id(),
            good.source(),
            good.type(),
            good.subject(),
            good.time(),
            good.datacontenttype(),
            good.congressid(),
            good.actorid(),
            unreadableData);
    // One producer batch on one partition, so that the consumer most likely gets all three in
    // one poll: the batch's transaction fails, and they are applied again one by one.
    try (KafkaProducer<String, String> producer = producer()) {
      for (EventEnvelope event :
          List.of(
              ballotCast(round, congress, before),
              unreadable,
              ballotCast(round, congress, after))) {
        producer.send(
            new ProducerRecord<>(
                Topics.VOTING, round, EventJson.mapper().writeValueAsString(event)));
      }
      producer.flush();
    }

    awaitActivityCount(congress, after, 1);
    assertThat(activityCount(congress, before)).isEqualTo(1);
    var dead =
        TopicReader.awaitRecords(
            Topics.deadLetterOf(Topics.DEPUTIES), r -> round.equals(r.key()), 1, DEADLINE);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).contains("2026-13-45");

    // The failed attempt left no inbox row: the corrected event, same id, has its effect.
    publish(Topics.VOTING, round, good);
    awaitActivityCount(congress, late, 1);
  }

  @Test
  void shouldSendUnreadableEventToDeadLetterTopic() throws Exception {
    String key = UUID.randomUUID().toString();
    String broken =
        "{\"specversion\":\"1.0\",\"id\":\""
            + key
            + "\",\"source\":\"/congress/voting\","
            + "\"type\":\""
            + EventTypes.typeOf(BallotCast.class)
            + "\","
            + "\"data\":{\"roundId\":\"r\",\"congressId\":\"X\",\"deputyId\":\"not-a-uuid\"}}";
    try (KafkaProducer<String, String> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.VOTING, key, broken)).get();
    }

    var dead =
        TopicReader.awaitRecords(
            Topics.deadLetterOf(Topics.DEPUTIES), r -> key.equals(r.key()), 1, DEADLINE);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).isEqualTo(broken);
  }

  private static void awaitActivityCount(TestCongress congress, UUID deputy, int count) {
    boolean reached = Poll.until(DEADLINE, () -> activityCount(congress, deputy) >= count);
    assertThat(reached).as("%s has %d activities", deputy, count).isTrue();
  }

  private static int activityCount(TestCongress congress, UUID deputy) {
    return given()
        .auth()
        .oauth2(congress.staffToken)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .statusCode(200)
        .extract()
        .path("items.size()");
  }

  private static EventEnvelope envelope(
      String topic, Object payload, String congressId, Class<?> type) {
    return TestEvents.envelope(
        EventTypes.typeOf(type), null, congressId, EventJson.mapper().valueToTree(payload));
  }
}
