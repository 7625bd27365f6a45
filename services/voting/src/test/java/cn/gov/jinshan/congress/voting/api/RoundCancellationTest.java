package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.voting.RoundCancelled;
import cn.gov.jinshan.congress.testing.TopicReader;
import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A round opened by mistake is cancelled before its ballot opens, and its year is free again. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoundCancellationTest {
  private static final String REASON = "年度填写错误，应为下一年度";

  @Test
  void shouldCancelWithAReasonAnnounceItAndFreeTheYear() throws Exception {
    TestCongress congress = TestCongress.create();
    RoundFixture round = aRound(congress).withCandidates(1);
    Map<String, Object> body = round.body();
    var created =
        congress
            .asStaff()
            .body(body)
            .post("/api/v1/livelihood-rounds")
            .then()
            .statusCode(201)
            .extract();
    String etag = created.header("ETag");
    round.id = UUID.fromString(created.path("id"));

    // no reason, a blank one, no If-Match, not staff: nothing changes
    congress
        .asStaff()
        .header("If-Match", etag)
        .body(Map.of())
        .post(round.path("/cancellation"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    congress
        .asStaff()
        .header("If-Match", etag)
        .body(Map.of("reason", "  "))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    congress
        .asStaff()
        .body(Map.of("reason", REASON))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(428);
    congress
        .asDeputy(UUID.randomUUID())
        .header("If-Match", etag)
        .body(Map.of("reason", REASON))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(403);
    round.get("").body("phase", equalTo("COLLECTING"));

    String cancelledEtag =
        congress
            .asStaff()
            .header("If-Match", etag)
            .body(Map.of("reason", REASON))
            .post(round.path("/cancellation"))
            .then()
            .statusCode(200)
            .body("phase", equalTo("CANCELLED"))
            .body("phaseLabel", equalTo("已撤销"))
            .body("cancellationReason", equalTo(REASON))
            .extract()
            .header("ETag");
    assertThat(cancelledEtag).isNotEqualTo(etag).isEqualTo(round.etag());

    // a cancelled round takes no proposals and moves no further, and is not cancelled twice
    congress
        .asStaff()
        .body(Map.of("title", "迟到的项目", "description", "轮次已撤销"))
        .post(round.path("/candidates"))
        .then()
        .statusCode(409);
    round.phase("SCREENING").statusCode(409).body("detail", containsString("CANCELLED"));
    congress
        .asStaff()
        .header("If-Match", cancelledEtag)
        .body(Map.of("reason", REASON))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(409);

    // the same year again: a new round, and the list pages over both rounds of that year
    String newRound =
        congress
            .asStaff()
            .body(body)
            .post("/api/v1/livelihood-rounds")
            .then()
            .statusCode(201)
            .body("phase", equalTo("COLLECTING"))
            .body("year", equalTo(body.get("year")))
            .extract()
            .path("id");
    congress.asStaff().body(body).post("/api/v1/livelihood-rounds").then().statusCode(409);
    String first =
        congress
            .asStaff()
            .queryParam("limit", 1)
            .get("/api/v1/livelihood-rounds")
            .then()
            .statusCode(200)
            .extract()
            .path("nextPageToken");
    List<String> ids =
        List.of(
            congress
                .asStaff()
                .queryParam("limit", 1)
                .get("/api/v1/livelihood-rounds")
                .then()
                .extract()
                .path("items[0].id"),
            congress
                .asStaff()
                .queryParam("limit", 1)
                .queryParam("pageToken", first)
                .get("/api/v1/livelihood-rounds")
                .then()
                .statusCode(200)
                .body("nextPageToken", equalTo(null))
                .extract()
                .path("items[0].id"));
    assertThat(ids).containsExactlyInAnyOrder(newRound, round.id.toString());

    // RoundCancelled through the outbox
    String type = EventTypes.typeOf(RoundCancelled.class);
    List<ConsumerRecord<String, String>> events =
        TopicReader.awaitRecords(
            Topics.VOTING,
            r -> round.id.toString().equals(r.key()) && r.value().contains(type),
            1,
            Duration.ofSeconds(30));
    assertThat(events).hasSize(1);
    JsonNode envelope = EventJson.mapper().readTree(events.get(0).value());
    assertThat(envelope.get("type").asText()).isEqualTo(type);
    RoundCancelled cancelled =
        EventJson.mapper().treeToValue(envelope.get("data"), RoundCancelled.class);
    assertThat(cancelled.roundId()).isEqualTo(round.id.toString());
    assertThat(cancelled.congressId()).isEqualTo(congress.id);
    assertThat(cancelled.year()).isEqualTo(body.get("year"));
    assertThat(cancelled.phase()).isEqualTo("COLLECTING");
    assertThat(cancelled.reason()).isEqualTo(REASON);
  }

  @Test
  void shouldCancelWhileScreening() {
    TestCongress congress = TestCongress.create();
    RoundFixture round = aRound(congress).withCandidates(2).collecting();
    round.phase("SCREENING").statusCode(200);
    congress
        .asStaff()
        .header("If-Match", round.etag())
        .body(Map.of("reason", "项目征集范围有误，重新组织"))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(200)
        .body("phase", equalTo("CANCELLED"));
  }

  @Test
  void shouldRefuseToCancelOnceTheBallotHasOpenedNamingThePhaseInChinese() {
    TestCongress congress = TestCongress.create();
    congress.deputies(1);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    String etag = round.etag();

    congress
        .asStaff()
        .header("If-Match", etag)
        .header("Accept-Language", "zh-CN")
        .body(Map.of("reason", REASON))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(409)
        .body("type", containsString("invalid-state"))
        .body("detail", containsString("票决"))
        .body("detail", containsString("征集"))
        .body("detail", not(containsString("VOTING")))
        .body("detail", not(containsString("COLLECTING")));
    congress
        .asStaff()
        .header("If-Match", etag)
        .body(Map.of("reason", REASON))
        .post(round.path("/cancellation"))
        .then()
        .statusCode(409)
        .body("detail", containsString("VOTING"));
    round.get("").body("phase", equalTo("VOTING")).header("ETag", etag);
  }
}
