package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Standing Committee's members are listed by name with their terms, and attendance and ratings
 * must name members serving on the day.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CommitteeMemberTest {
  private static final String DEPT = "WJW";

  @Test
  void shouldListCurrentMembersWithTheirTermsForFrontEnds() {
    TestCongress congress = TestCongress.create();
    congress.registerMember("former", "王前任", LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31));

    congress
        .as(congress.member("m1"))
        .get("/api/v1/committee-members?limit=100")
        .then()
        .statusCode(200)
        .body("items.memberId", hasItem("m1"))
        .body("items.memberId", not(hasItem("former")))
        .body("items.size()", equalTo(TestCongress.MEMBERS))
        .body("items[0].name", equalTo("委员m1"))
        .body("items[0].term", equalTo(1))
        .body("items[0].current", equalTo(true));
    congress
        .staff()
        .get("/api/v1/committee-members?all=true&limit=100")
        .then()
        .body("items.find { it.memberId == 'former' }.current", equalTo(false))
        .body("items.find { it.memberId == 'former' }.servesUntil", equalTo("2020-12-31"));
    // another congress's members are not listed
    TestCongress.create()
        .staff()
        .get("/api/v1/committee-members?all=true&limit=100")
        .then()
        .body("items.memberId", not(hasItem("former")));
    congress
        .as(congress.deputy(UUID.randomUUID()))
        .get("/api/v1/committee-members")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldRefuseASecondRegistrationForTheSameTerm() {
    TestCongress congress = TestCongress.create();
    congress.registerMember("m1", "委员m1", LocalDate.of(2021, 1, 1), null).then().statusCode(409);
  }

  @Test
  void shouldRefuseAttendanceNamingSomeoneWhoIsNoMember() {
    TestCongress congress = TestCongress.create();
    UUID topic = hearingReadyForAttendance(congress);

    congress
        .staff()
        .header("Accept-Language", "zh-CN")
        .body(Map.of("attendees", attendees(List.of("m1", "a-raw-uuid"), List.of())))
        .post("/api/v1/supervision-topics/" + topic + "/attendance")
        .then()
        .statusCode(422)
        .body("detail", containsString("a-raw-uuid"));
  }

  @Test
  void shouldRefuseAttendanceNamingAMemberWhoseTermHadEnded() {
    TestCongress congress = TestCongress.create();
    congress.registerMember("former", "王前任", LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31));
    UUID topic = hearingReadyForAttendance(congress);

    congress
        .staff()
        .body(Map.of("attendees", attendees(List.of("former"), List.of())))
        .post("/api/v1/supervision-topics/" + topic + "/attendance")
        .then()
        .statusCode(422);
    congress.attendance(topic, List.of("m1"), List.of());
  }

  @Test
  void shouldRefuseARatingByAPresentMemberWhoseMembershipHasEnded() {
    TestCongress congress = TestCongress.create();
    congress.registerMember("leaving", "李离任", LocalDate.of(2021, 1, 1), null);
    UUID topic = congress.heardTopic(DEPT, List.of("m1", "leaving"));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    // the membership ended after the hearing, before the rating
    String id =
        congress
            .staff()
            .get("/api/v1/committee-members?limit=100")
            .then()
            .extract()
            .path("items.find { it.memberId == 'leaving' }.id");
    congress
        .staff()
        .header("If-Match", versionOf(congress, id))
        .body(
            Map.of(
                "memberId", "leaving",
                "name", "李离任",
                "term", 1,
                "servesFrom", "2021-01-01",
                "servesUntil", LocalDate.now().minusDays(2).toString()))
        .put("/api/v1/committee-members/" + id)
        .then()
        .statusCode(200)
        .body("current", equalTo(false));

    congress.rate(topic, evaluation, "leaving", "DISSATISFIED").then().statusCode(422);
    congress.rate(topic, evaluation, "m1", "SATISFIED").then().statusCode(201);
  }

  private static String versionOf(TestCongress congress, String id) {
    Integer version =
        congress
            .staff()
            .get("/api/v1/committee-members?limit=100")
            .then()
            .extract()
            .path("items.find { it.id == '" + id + "' }.version");
    return "\"" + version + "\"";
  }

  private static UUID hearingReadyForAttendance(TestCongress congress) {
    UUID topic = congress.topic("听取和审议区政府关于公共卫生工作情况的报告", "WORK_REPORT", DEPT);
    congress.research(topic);
    congress.scheduleHearing(topic, LocalDate.of(2026, 6, 25));
    congress.submitReport(topic, DEPT);
    return topic;
  }
}
