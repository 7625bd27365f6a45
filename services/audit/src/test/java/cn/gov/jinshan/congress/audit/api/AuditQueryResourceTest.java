package cn.gov.jinshan.congress.audit.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Queries over the ledger: filters, cursors, an aggregate's history, counts, and who may ask. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditQueryResourceTest {
  private static final String SUBMITTED = "congress.suggestions.SuggestionSubmitted.v1";
  private static final String REPLIED = "congress.suggestions.SuggestionReplied.v1";

  @Test
  void shouldFilterByTypeSubjectActorSourceAndTime() {
    try (AuditEvents events = AuditEvents.create()) {
      String suggestion = UUID.randomUUID().toString();
      EventEnvelope a =
          events
              .event(SUBMITTED)
              .about(suggestion)
              .by("deputy-a")
              .at(Instant.parse("2026-03-01T01:00:00Z"))
              .build();
      EventEnvelope b =
          events
              .event(REPLIED)
              .about(suggestion)
              .by("dept-b")
              .source("/congress/suggestions")
              .at(Instant.parse("2026-03-05T01:00:00Z"))
              .build();
      EventEnvelope c =
          events.event(SUBMITTED).by("deputy-c").at(Instant.parse("2026-04-01T01:00:00Z")).build();
      // one at a time: c has another key, so another partition, and would race a for its seq
      for (EventEnvelope e : List.of(a, b, c)) {
        events.publish(Topics.SUGGESTIONS, e);
        events.awaitStored(e.id());
      }

      query(events, "type", SUBMITTED).body("items.eventId", equalTo(List.of(c.id(), a.id())));
      query(events, "subject", suggestion).body("items", hasSize(2));
      query(events, "actor", "dept-b").body("items.eventId", equalTo(List.of(b.id())));
      query(events, "source", "/congress/suggestions")
          .body("items.eventId", equalTo(List.of(b.id())));
      given()
          .auth()
          .oauth2(events.auditorToken)
          .queryParam("from", "2026-03-01T00:00:00Z")
          .queryParam("to", "2026-03-31T00:00:00Z")
          .get("/api/v1/audit/events")
          .then()
          .statusCode(200)
          .body("items.eventId", equalTo(List.of(b.id(), a.id())));
    }
  }

  @Test
  void shouldPageWithACursorAndShowAnAggregatesHistoryInOrder() {
    try (AuditEvents events = AuditEvents.create()) {
      String suggestion = UUID.randomUUID().toString();
      String[] types = {SUBMITTED, "congress.suggestions.SuggestionRegistered.v1", REPLIED};
      EventEnvelope last = null;
      for (String type : types) {
        last = events.event(type).about(suggestion).build();
        events.publish(Topics.SUGGESTIONS, last); // same key: same partition, kept in order
      }
      events.awaitStored(last.id());

      JsonPath page1 = history(events, suggestion, null);
      assertThat(page1.getList("items.type")).containsExactly(types[0], types[1]);
      JsonPath page2 = history(events, suggestion, page1.getString("nextPageToken"));
      assertThat(page2.getList("items.type")).containsExactly(types[2]);
      assertThat(page2.getString("nextPageToken")).isNull();

      given()
          .auth()
          .oauth2(events.auditorToken)
          .get("/api/v1/audit/aggregates/suggestions/" + suggestion)
          .then()
          .statusCode(200)
          .body("items", hasSize(3));
      given()
          .auth()
          .oauth2(events.auditorToken)
          .get("/api/v1/audit/aggregates/nonsense/" + suggestion)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldCountEntriesPerTypeAndDay() {
    try (AuditEvents events = AuditEvents.create()) {
      // 2026-05-01T20:00Z is already 2026-05-02 in Shanghai
      EventEnvelope x = events.event(SUBMITTED).at(Instant.parse("2026-05-01T03:00:00Z")).build();
      EventEnvelope y = events.event(SUBMITTED).at(Instant.parse("2026-05-01T05:00:00Z")).build();
      EventEnvelope z = events.event(REPLIED).at(Instant.parse("2026-05-01T20:00:00Z")).build();
      for (EventEnvelope e : List.of(x, y, z)) {
        events.publish(Topics.SUGGESTIONS, e);
        events.awaitStored(e.id());
      }
      given()
          .auth()
          .oauth2(events.auditorToken)
          .queryParam("from", "2026-05-01")
          .queryParam("to", "2026-05-31")
          .get("/api/v1/audit/statistics")
          .then()
          .statusCode(200)
          .body("zone", equalTo("Asia/Shanghai"))
          .body("counts", hasSize(2))
          .body("counts[0].day", equalTo("2026-05-01"))
          .body("counts[0].type", equalTo(SUBMITTED))
          .body("counts[0].count", equalTo(2))
          .body("counts[1].day", equalTo("2026-05-02"))
          .body("counts[1].count", equalTo(1));
      given()
          .auth()
          .oauth2(events.auditorToken)
          .queryParam("from", "2020-01-01")
          .queryParam("to", "2026-01-01")
          .get("/api/v1/audit/statistics")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldShowOneEntryWithItsRawRecordOnlyInItsCongress() {
    try (AuditEvents events = AuditEvents.create()) {
      EventEnvelope e = events.event(SUBMITTED).build();
      events.publish(Topics.SUGGESTIONS, e);
      long seq = events.awaitStored(e.id()).getLong("seq");
      given()
          .auth()
          .oauth2(events.auditorToken)
          .get("/api/v1/audit/events/" + seq)
          .then()
          .statusCode(200)
          .body("eventId", equalTo(e.id()))
          .body("raw", notNullValue())
          .body("data.title", equalTo("关于加强农村公路养护的建议"));
      given()
          .auth()
          .oauth2(AuditEvents.auditor())
          .get("/api/v1/audit/events/" + seq)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(AuditEvents.auditor())
          .queryParam("congressId", events.congressId)
          .get("/api/v1/audit/events")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(Tokens.admin("OTHER"))
          .queryParam("congressId", events.congressId)
          .get("/api/v1/audit/events")
          .then()
          .statusCode(200)
          .body("items", hasSize(1))
          .body("items[0].raw", nullValue());
    }
  }

  @Test
  void shouldAllowOnlyAuditorsAndAdmins() {
    String congress = "T-" + UUID.randomUUID();
    for (String route :
        List.of(
            "/api/v1/audit/events",
            "/api/v1/audit/events/1",
            "/api/v1/audit/aggregates/suggestions/x",
            "/api/v1/audit/stream",
            "/api/v1/audit/verification",
            "/api/v1/audit/exports",
            "/api/v1/audit/statistics")) {
      for (String token :
          List.of(
              Tokens.staff(congress),
              Tokens.deputy(congress, UUID.randomUUID()),
              Tokens.department(congress, "edu"),
              Tokens.withRoles(congress, "committee_member"))) {
        given().auth().oauth2(token).get(route).then().statusCode(403);
      }
      given().get(route).then().statusCode(401);
    }
  }

  @Test
  void shouldAnswerBadParametersWithProblems() {
    String token = AuditEvents.auditor();
    for (String[] param :
        List.of(
            new String[] {"pageToken", "garbage!"},
            new String[] {"from", "yesterday"},
            new String[] {"order", "sideways"},
            new String[] {"limit", "1000"},
            new String[] {"limit", "0"})) {
      given()
          .auth()
          .oauth2(token)
          .queryParam(param[0], param[1])
          .get("/api/v1/audit/events")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldWordProblemsInChineseWithoutCodesOrEnglishNouns() {
    String token = AuditEvents.auditor();
    List<String> details = new java.util.ArrayList<>();
    for (String[] request :
        List.of(
            new String[] {"/api/v1/audit/events/999999999999", "404"},
            new String[] {"/api/v1/audit/aggregates/123/456", "404"},
            new String[] {"/api/v1/audit/statistics?from=2020-01-01&to=2026-01-01", "400"},
            new String[] {"/api/v1/audit/exports?from=1&to=99999999", "400"},
            new String[] {"/api/v1/audit/verification?from=5&to=1", "400"},
            new String[] {"/api/v1/audit/events?congressId=T-OTHER", "403"})) {
      details.add(
          given()
              .auth()
              .oauth2(token)
              .header("Accept-Language", "zh-CN")
              .get(request[0])
              .then()
              .statusCode(Integer.parseInt(request[1]))
              .contentType("application/problem+json")
              .extract()
              .path("detail"));
    }
    assertThat(details)
        .allSatisfy(
            detail ->
                assertThat(detail)
                    .as("a Chinese detail")
                    .containsPattern("[\\u4e00-\\u9fff]")
                    // no state code, no English noun such as "entry" (the problem's title says
                    // what kind it is; a detail in Chinese names things in Chinese)
                    .doesNotContainPattern("[A-Za-z]{2,}"));
  }

  private static io.restassured.response.ValidatableResponse query(
      AuditEvents events, String param, String value) {
    return given()
        .auth()
        .oauth2(events.auditorToken)
        .queryParam(param, value)
        .get("/api/v1/audit/events")
        .then()
        .statusCode(200);
  }

  private static JsonPath history(AuditEvents events, String id, String token) {
    var request = given().auth().oauth2(events.auditorToken).queryParam("limit", 2);
    if (token != null) {
      request.queryParam("pageToken", token);
    }
    return request
        .get("/api/v1/audit/aggregates/suggestion/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
