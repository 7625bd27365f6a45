package cn.gov.jinshan.congress.audit.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.jinshan.congress.audit.service.LagMonitor;
import cn.gov.jinshan.congress.audit.service.LagSnapshot;
import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The lag is measured against the real broker and shown in metrics and readiness. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LagAndHealthTest {
  @Inject LagMonitor monitor;

  @Test
  void shouldMeasureLagPerTopicAndReportItInMetricsAndReadiness() throws Exception {
    try (AuditEvents events = AuditEvents.create()) {
      EventEnvelope e = events.event("congress.deputies.DeputyUpdated.v1").build();
      events.publish(Topics.DEPUTIES, e);
      events.awaitStored(e.id());
    }
    LagSnapshot lag = monitor.measure();
    assertThat(lag.perTopic())
        .containsKeys(Topics.DEPUTIES, Topics.SUGGESTIONS, Topics.VOTING)
        .doesNotContainKey(Topics.deadLetterOf(Topics.DEPUTIES));
    assertThat(lag.perTopic().get(Topics.DEPUTIES)).isGreaterThanOrEqualTo(0);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("audit_consumer_lag{topic=\"congress.deputies.v1\"");
    assertThat(metrics).contains("audit_ledger_appended_total");
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("audit-ledger-lag"));
  }
}
