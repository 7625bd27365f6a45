package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Appointments (任免) and performance reviews (述职评议): report, ratings, result on record. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AppointmentTest {

  @Test
  void shouldReviewAnAppointeeAndKeepTheResultOnTheRecord() {
    TestCongress congress = TestCongress.create();
    String appointee =
        congress
            .staff()
            .body(
                Map.of(
                    "personName", "李明",
                    "post", "区民政局局长",
                    "departmentId", "MZJ",
                    "appointedOn", "2024-03-01"))
            .post("/api/v1/appointments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String base = "/api/v1/appointments/" + appointee + "/reviews";
    String review =
        congress
            .staff()
            .body(
                Map.of(
                    "meetingDate",
                    "2026-10-28",
                    "attendees",
                    attendees(List.of("m1", "m2", "m3"), List.of())))
            .post(base)
            .then()
            .statusCode(201)
            .body("subject", equalTo("PERFORMANCE"))
            .extract()
            .path("id");

    // no rating before the report; another department may not submit it
    congress
        .as(congress.member("m1"))
        .body(Map.of("grade", "SATISFIED"))
        .post(base + "/" + review + "/ratings")
        .then()
        .statusCode(422);
    congress
        .as(congress.department("JYJ"))
        .body(Map.of("text", "述职报告"))
        .post(base + "/" + review + "/report")
        .then()
        .statusCode(404);
    congress
        .as(congress.department("MZJ"))
        .body(Map.of("text", "任职以来，推进养老服务体系建设……"))
        .post(base + "/" + review + "/report")
        .then()
        .statusCode(200);

    congress
        .as(congress.member("m1"))
        .body(Map.of("grade", "SATISFIED"))
        .post(base + "/" + review + "/ratings")
        .then()
        .statusCode(201);
    congress
        .as(congress.member("m1"))
        .body(Map.of("grade", "SATISFIED"))
        .post(base + "/" + review + "/ratings")
        .then()
        .statusCode(409);
    congress
        .as(congress.member("outsider"))
        .body(Map.of("grade", "DISSATISFIED"))
        .post(base + "/" + review + "/ratings")
        .then()
        .statusCode(403);
    congress
        .as(congress.member("m2"))
        .body(Map.of("grade", "BASICALLY_SATISFIED"))
        .post(base + "/" + review + "/ratings")
        .then()
        .statusCode(201);
    congress
        .staff()
        .post(base + "/" + review + "/completion")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("SATISFIED"))
        .body("counts.satisfied", equalTo(1))
        .body("counts.basicallySatisfied", equalTo(1));

    congress
        .staff()
        .get("/api/v1/appointments/" + appointee)
        .then()
        .statusCode(200)
        .body("lastOutcome", equalTo("SATISFIED"))
        .body("lastOutcomeLabel", equalTo("满意"))
        .body("lastReviewedOn", equalTo("2026-10-28"))
        .body("reviews", hasSize(1));
    congress
        .as(congress.department("JYJ"))
        .get("/api/v1/appointments/" + appointee)
        .then()
        .statusCode(404);

    var events =
        TopicReader.awaitRecords(
            Topics.SUPERVISION, r -> appointee.equals(r.key()), 1, Duration.ofSeconds(30));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).value()).contains("AppointeeReviewed").contains("区民政局局长");
  }

  @Test
  void shouldAllowOneOpenReviewPerAppointee() {
    TestCongress congress = TestCongress.create();
    String appointee =
        congress
            .staff()
            .body(
                Map.of(
                    "personName", "王强",
                    "post", "区教育局局长",
                    "departmentId", "JYJ",
                    "appointedOn", "2023-01-05"))
            .post("/api/v1/appointments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> body =
        Map.of(
            "meetingDate", "2026-10-28",
            "reportText", "述职报告",
            "attendees", attendees(List.of("m1"), List.of()));
    congress
        .staff()
        .body(body)
        .post("/api/v1/appointments/" + appointee + "/reviews")
        .then()
        .statusCode(201);
    congress
        .staff()
        .body(body)
        .post("/api/v1/appointments/" + appointee + "/reviews")
        .then()
        .statusCode(409);
    UUID unknown = UUID.randomUUID();
    congress.staff().get("/api/v1/appointments/" + unknown).then().statusCode(404);
  }
}
