package cn.gov.jinshan.congress.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A topic planned by mistake is withdrawn while PLANNED, with a reason, through the outbox. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TopicCancellationTest {
  private static final String TITLE = "听取和审议区政府关于农村生活污水治理情况的报告";

  @Inject EntityManager entityManager;

  @Test
  void shouldCancelAPlannedTopicWithItsReasonAndFreeItsPlace() {
    TestCongress congress = TestCongress.create();
    UUID mistaken = congress.topic(TITLE, "WORK_REPORT", "SWJ");

    String etag =
        congress
            .transition(mistaken, "cancellation", Map.of("reason", "与执法检查议题重复，误列入计划"))
            .then()
            .statusCode(200)
            .body("status", equalTo("CANCELLED"))
            .body("statusLabel", equalTo("已撤销"))
            .body("cancelReason", equalTo("与执法检查议题重复，误列入计划"))
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo(congress.etag(mistaken));

    // the plan's topics no longer include it; the right topic takes its place
    UUID right = congress.topic(TITLE, "LAW_ENFORCEMENT_INSPECTION", "SWJ");
    congress
        .staff()
        .get("/api/v1/supervision-topics?planId=" + congress.plan())
        .then()
        .body("items.id", equalTo(List.of(right.toString())));
    congress
        .staff()
        .get("/api/v1/supervision-topics?status=CANCELLED&planId=" + congress.plan())
        .then()
        .body("items.id", equalTo(List.of(mistaken.toString())));
    io.restassured.RestAssured.given()
        .queryParam("congressId", congress.id)
        .get("/api/v1/public/supervision-topics")
        .then()
        .body("items.id", not(hasItem(mistaken.toString())));

    assertThat(outboxCount(mistaken, "congress.supervision.TopicCancelled.v1")).isEqualTo(1);
    assertThat(outboxCount(mistaken, "congress.supervision.TopicStatusChanged.v1")).isEqualTo(1);
    // nothing more can happen to it
    congress.transition(mistaken, "research", null).then().statusCode(409);
    congress.transition(mistaken, "cancellation", Map.of("reason", "再次撤销")).then().statusCode(409);
  }

  @Test
  void shouldRefuseCancellingOnceResearchBegan() {
    TestCongress congress = TestCongress.create();
    UUID topic = congress.topic(TITLE, "WORK_REPORT", "SWJ");
    congress.research(topic);

    congress
        .transition(topic, "cancellation", Map.of("reason", "误列入计划"))
        .then()
        .statusCode(409)
        .body("code", equalTo("invalid-state"));
    assertThat(congress.status(topic)).isEqualTo("RESEARCH");
    assertThat(outboxCount(topic, "congress.supervision.TopicCancelled.v1")).isZero();
  }

  @Test
  void shouldRequireAReasonAndTheETag() {
    TestCongress congress = TestCongress.create();
    UUID topic = congress.topic(TITLE, "WORK_REPORT", "SWJ");

    congress
        .transition(topic, "cancellation", Map.of("reason", " "))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    congress
        .staff()
        .body(Map.of("reason", "误列入计划"))
        .post("/api/v1/supervision-topics/" + topic + "/cancellation")
        .then()
        .statusCode(428);
    congress
        .as(congress.department("SWJ"))
        .header("If-Match", congress.etag(topic))
        .body(Map.of("reason", "误列入计划"))
        .post("/api/v1/supervision-topics/" + topic + "/cancellation")
        .then()
        .statusCode(403);
    assertThat(congress.status(topic)).isEqualTo("PLANNED");
  }

  private long outboxCount(UUID topic, String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND"
                                    + " event_type = ?2")
                            .setParameter(1, topic.toString())
                            .setParameter(2, type)
                            .getSingleResult())
                    .longValue());
  }
}
