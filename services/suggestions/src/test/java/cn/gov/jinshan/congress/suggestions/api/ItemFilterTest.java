package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list's and the ledger export's filters: year, session, submitted/registered/replied date
 * ranges, category, department, reply class, evaluation, key supervision; validated, paged.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ItemFilterTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject TestClock clock;

  private Flow base;
  private String staff;
  private UUID drafted;
  private UUID education;
  private Flow satisfiedKey;
  private Flow unevaluated;
  private Flow rehandled;
  private LocalDate today;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** One congress: a draft, a submitted EDUCATION item and three handled items (A, C, B). */
  @BeforeEach
  void items() {
    today = LocalDate.ofInstant(clock.instant(), CHINA);
    base = Flow.create();
    staff = base.congress.staffToken;
    drafted = draft(base.leadToken, aSuggestion());
    education = draft(base.leadToken, aSuggestion().with("category", "EDUCATION"));
    post(base.leadToken, BASE + "/" + education + "/submit", null).statusCode(200);
    satisfiedKey = base.another().inProgress();
    given()
        .auth()
        .oauth2(staff)
        .contentType("application/json")
        .body(Map.of("supervisingLeader", "李明"))
        .put(BASE + "/" + satisfiedKey.id + "/key-supervision")
        .then()
        .statusCode(200);
    satisfiedKey.contacted(today.toString()).reply("A").evaluate("SATISFIED");
    unevaluated = base.another().inProgress().contacted(today.toString()).reply("C");
    rehandled =
        base.another().inProgress().contacted(today.toString()).reply("B").evaluate("DISSATISFIED");
    clock.advance(Duration.ofDays(60));
    post(staff, BASE + "/" + unevaluated.id + "/closure", null).statusCode(200);
    clock.reset();
  }

  private List<String> ids(String query) {
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String path = BASE + "?limit=2&" + query + (token == null ? "" : "&pageToken=" + token);
      JsonPath page = get(staff, path).statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("items.id"));
      token = page.getString("nextPageToken");
    } while (token != null);
    return ids;
  }

  private List<String> of(Object... items) {
    List<String> ids = new ArrayList<>();
    for (Object item : items) {
      ids.add(item instanceof Flow f ? f.id.toString() : item.toString());
    }
    return ids;
  }

  @Test
  void shouldFilterByYearSessionAndDateRanges() {
    String yesterday = today.minusDays(1).toString();
    String day = today.toString();
    List<String> submitted = of(education, satisfiedKey, unevaluated, rehandled);
    assertThat(ids("year=" + today.getYear())).containsExactlyInAnyOrderElementsOf(submitted);
    assertThat(ids("year=2001")).isEmpty();
    assertThat(ids("session=3")).hasSize(5).contains(drafted.toString());
    assertThat(ids("session=4")).isEmpty();
    assertThat(ids("submittedFrom=" + day + "&submittedTo=" + day))
        .containsExactlyInAnyOrderElementsOf(submitted);
    assertThat(ids("submittedTo=" + yesterday)).isEmpty();
    List<String> handled = of(satisfiedKey, unevaluated, rehandled);
    assertThat(ids("registeredFrom=" + day)).containsExactlyInAnyOrderElementsOf(handled);
    assertThat(ids("registeredTo=" + yesterday)).isEmpty();
    assertThat(ids("repliedFrom=" + day + "&repliedTo=" + day))
        .containsExactlyInAnyOrderElementsOf(handled);
    assertThat(ids("repliedFrom=" + today.plusDays(1))).isEmpty();
    // newest first, each once, across pages of two
    assertThat(ids("registeredFrom=" + day + "&sort=-createdAt"))
        .containsExactly(
            rehandled.id.toString(), unevaluated.id.toString(), satisfiedKey.id.toString());
  }

  @Test
  void shouldFilterByCategoryDepartmentReplyClassEvaluationAndKey() {
    assertThat(ids("category=EDUCATION")).containsExactly(education.toString());
    assertThat(ids("departmentId=" + base.leadDepartment))
        .containsExactlyInAnyOrderElementsOf(of(satisfiedKey, unevaluated, rehandled));
    assertThat(ids("replyClass=A")).containsExactly(satisfiedKey.id.toString());
    assertThat(ids("replyClass=C")).containsExactly(unevaluated.id.toString());
    assertThat(ids("replyClass=B")).containsExactly(rehandled.id.toString());
    assertThat(ids("evaluation=SATISFIED")).containsExactly(satisfiedKey.id.toString());
    assertThat(ids("evaluation=NOT_EVALUATED")).containsExactly(unevaluated.id.toString());
    assertThat(ids("key=true")).containsExactly(satisfiedKey.id.toString());
    assertThat(ids("key=false")).hasSize(4).doesNotContain(satisfiedKey.id.toString());
    assertThat(ids("replyClass=A&evaluation=NOT_EVALUATED")).isEmpty();
  }

  @Test
  void shouldExportWhatTheFiltersSelect() {
    String csv =
        new String(
            given()
                .auth()
                .oauth2(staff)
                .get("/api/v1/suggestion-export.csv?evaluation=NOT_EVALUATED&replyClass=C")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(2);
    get(staff, "/api/v1/suggestion-export.csv?year=abc").statusCode(400).contentType(PROBLEM);
  }

  @Test
  void shouldRefuseBadFilterValuesNamingTheParameter() {
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("year", "abc");
    bad.put("session", "0");
    bad.put("submittedFrom", "2026-02-30");
    bad.put("repliedTo", "yesterday");
    bad.put("replyClass", "E");
    bad.put("evaluation", "GOOD");
    bad.put("category", "SPORTS");
    bad.put("state", "OPEN");
    bad.put("key", "maybe");
    bad.put("overdue", "yes");
    bad.forEach(
        (name, value) ->
            get(staff, BASE + "?" + name + "=" + value)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString(name))
                .body("detail", containsString(value)));
    get(staff, BASE + "?registeredFrom=2026-03-02&registeredTo=2026-03-01")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("registeredFrom"))
        .body("detail", containsString("registeredTo"));
    JsonPath openapi =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    assertThat(openapi.getList("paths.'/api/v1/suggestions'.get.parameters.name", String.class))
        .contains(
            "year",
            "session",
            "submittedFrom",
            "submittedTo",
            "registeredFrom",
            "registeredTo",
            "repliedFrom",
            "repliedTo",
            "category",
            "departmentId",
            "replyClass",
            "evaluation",
            "key");
  }
}
