package cn.gov.jinshan.congress.notifications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inbox API: own entries only, unread first then newest, keyset pages, unread count, marking
 * read one or all; someone else's entry does not exist for the caller.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class InboxApiTest {
  private static final String CONGRESS = "JS-DISTRICT";
  private static final String PATH = "/api/v1/notifications";

  @Inject InboxRows rows;

  private static String tokenOf(String subject) {
    return Tokens.token(subject, CONGRESS, Map.of(), "deputy");
  }

  @Test
  void shouldListOwnEntriesUnreadFirstThenNewestInPages() {
    String me = "person-" + UUID.randomUUID();
    String someoneElse = "person-" + UUID.randomUUID();
    Instant t = Instant.parse("2027-01-01T00:00:00Z");
    UUID first = rows.seed(me, CONGRESS, "一", t);
    UUID second = rows.seed(me, CONGRESS, "二", t.plusSeconds(1));
    UUID third = rows.seed(me, CONGRESS, "三", t.plusSeconds(2));
    UUID fourth = rows.seed(me, CONGRESS, "四", t.plusSeconds(3));
    UUID fifth = rows.seed(me, CONGRESS, "五", t.plusSeconds(4));
    rows.seed(someoneElse, CONGRESS, "别人的", t);
    rows.seed(me, "JS-ZHUJING", "另一个人大的", t);
    read(me, second).statusCode(200).body("read", equalTo(true));
    read(me, fourth).statusCode(200);

    List<String> titles = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      var page =
          given()
              .auth()
              .oauth2(tokenOf(me))
              .queryParam("limit", 2)
              .queryParam("pageToken", token == null ? "" : token)
              .get(PATH)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      titles.addAll(page.getList("items.title", String.class));
      token = page.getString("nextPageToken");
      pages++;
    } while (token != null && pages < 10);

    assertThat(titles).containsExactly("五", "三", "一", "四", "二");
    assertThat(pages).isEqualTo(3);
    assertThat(first).isNotEqualTo(fifth);
    assertThat(third).isNotNull();
  }

  @Test
  void shouldCountAndMarkReadOnlyOwnEntries() {
    String me = "person-" + UUID.randomUUID();
    String other = "person-" + UUID.randomUUID();
    Instant t = Instant.now();
    UUID mine = rows.seed(me, CONGRESS, "我的", t);
    rows.seed(me, CONGRESS, "我的二", t);
    rows.seed(me, CONGRESS, "我的三", t);
    UUID theirs = rows.seed(other, CONGRESS, "别人的", t);

    unread(me).body("unread", equalTo(3));
    read(me, mine).statusCode(200).body("id", equalTo(mine.toString())).body("read", equalTo(true));
    read(me, mine).statusCode(200);
    unread(me).body("unread", equalTo(2));

    read(me, theirs)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    read(me, UUID.randomUUID()).statusCode(404);
    unread(other).body("unread", equalTo(1));

    given()
        .auth()
        .oauth2(tokenOf(me))
        .post(PATH + "/read-all")
        .then()
        .statusCode(200)
        .body("marked", equalTo(2));
    unread(me).body("unread", equalTo(0));
    unread(other).body("unread", equalTo(1));
  }

  @Test
  void shouldRefuseBadInputAsProblems() {
    String me = "person-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(tokenOf(me))
        .queryParam("limit", 101)
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(tokenOf(me))
        .queryParam("pageToken", "not-a-token")
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().auth().oauth2(tokenOf(me)).post(PATH + "/not-a-uuid/read").then().statusCode(404);
    given().get(PATH).then().statusCode(401);
    given().auth().oauth2(Tokens.wrongAudience(CONGRESS)).get(PATH).then().statusCode(401);
  }

  private static ValidatableResponse read(String subject, UUID id) {
    return given().auth().oauth2(tokenOf(subject)).post(PATH + "/" + id + "/read").then();
  }

  private static ValidatableResponse unread(String subject) {
    return given()
        .auth()
        .oauth2(tokenOf(subject))
        .get(PATH + "/unread-count")
        .then()
        .statusCode(200);
  }
}
