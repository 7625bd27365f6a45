package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.suggestions.query.ItemSort;
import cn.gov.jinshan.congress.suggestions.support.Api;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sort of the item list and export: every sort in its order across pages of several sizes, with
 * no item lost or repeated, including where a page passes from the items that have the key (a
 * number, a deadline) to those that do not; bad sorts and tokens of another sort are 400; and each
 * caller still sees only their items, in every order.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ItemSortTest {
  private static final String LIST = BASE;
  private static final String CSV = "/api/v1/suggestion-export.csv";
  private static final List<String> SORTS =
      List.of("-createdAt", "createdAt", "registrationNumber", "dueOn");

  @Inject TestClock clock;
  @Inject DataSource dataSource;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void shouldPageEachSortInItsOrderWithoutLosingOrRepeatingAnItem() throws Exception {
    TestCongress congress = TestCongress.district(6, 3);
    Flow f = Flow.in(congress);
    // 9,997 numbers are taken: the next pass 9999, where the text "6-3-10000" sorts before
    // "6-3-9998"
    startNumberingAfter(congress.id, 6, 3, 9997);
    UUID[] item = new UUID[9]; // 1-based: item[1] is the oldest
    for (int i = 1; i <= 8; i++) {
      item[i] = draft(f.leadToken, aSuggestion().titled("排序测试第" + i + "件"));
    }
    for (int i = 2; i <= 7; i++) {
      post(f.leadToken, BASE + "/" + item[i] + "/submit", null).statusCode(200);
    }
    register(congress, item[4], "6-3-9998");
    register(congress, item[6], "6-3-9999");
    register(congress, item[5], "6-3-10000");
    register(congress, item[3], "6-3-10001");
    congress.moveTo("DISTRICT", null, 6, 4);
    register(congress, item[7], "6-4-0001");
    // deadlines 10 days apart (3 months later they are still apart); 4 and 6 share one
    assign(congress, item[4]);
    assign(congress, item[6]);
    clock.advance(Duration.ofDays(10));
    assign(congress, item[7]);
    clock.advance(Duration.ofDays(10));
    assign(congress, item[5]);

    // 4 and 6 share a deadline (unless the assignments straddled midnight): then the id decides
    List<UUID> tie =
        Stream.of(item[4], item[6])
            .sorted(
                java.util.Comparator.comparing((UUID id) -> dueOn(congress, id))
                    .thenComparing(ItemSortTest::byPostgresOrder))
            .toList();
    Map<String, List<UUID>> expected =
        Map.of(
            "-createdAt",
            List.of(item[8], item[7], item[6], item[5], item[4], item[3], item[2], item[1]),
            "createdAt",
            List.of(item[1], item[2], item[3], item[4], item[5], item[6], item[7], item[8]),
            "registrationNumber",
            List.of(item[4], item[6], item[5], item[3], item[7], item[1], item[2], item[8]),
            "dueOn",
            List.of(tie.get(0), tie.get(1), item[7], item[5], item[1], item[2], item[3], item[8]));
    for (String sort : SORTS) {
      for (int limit : List.of(1, 2, 3, 5, 8)) {
        List<List<Map<String, Object>>> pages = pages(congress.staffToken, sort, limit);
        assertThat(ids(pages)).as("sort %s, limit %d", sort, limit).isEqualTo(expected.get(sort));
        assertThat(pages)
            .as("pages of sort %s, limit %d", sort, limit)
            .hasSize((8 + limit - 1) / limit);
      }
    }
    // the export reads the same order, three items per page in the test profile
    List<String> rows = csv(congress.staffToken, CSV + "?sort=registrationNumber");
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.split(",", -1)[0]))
        .containsExactly("6-3-9998", "6-3-9999", "6-3-10000", "6-3-10001", "6-4-0001", "", "", "");
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.split(",", -1)[2]))
        .containsExactly(
            "排序测试第4件", "排序测试第6件", "排序测试第5件", "排序测试第3件", "排序测试第7件", "排序测试第1件", "排序测试第2件", "排序测试第8件");
    List<String> byDeadline = csv(congress.staffToken, CSV + "?sort=dueOn");
    assertThat(byDeadline.subList(1, byDeadline.size()).stream().map(r -> r.split(",", -1)[2]))
        .containsExactlyElementsOf(
            expected.get("dueOn").stream().map(id -> title(congress, id)).toList());
  }

  @Test
  void shouldShowEachCallerOnlyTheirItemsUnderEverySort() {
    Flow a = Flow.create();
    TestCongress congress = a.congress;
    Flow b = Flow.in(congress);
    UUID ownDraft = draft(a.leadToken, aSuggestion().titled("本人草稿"));
    UUID ownAssigned = a.another().assigned().id;
    UUID coSigned = draft(b.leadToken, aSuggestion().titled("附议并已交办"));
    Api.invite(b.leadToken, coSigned, List.of(a.lead));
    Api.accept(a.leadToken, coSigned, a.lead);
    UUID invited = draft(b.leadToken, aSuggestion().titled("已邀请未答复"));
    Api.invite(b.leadToken, invited, List.of(a.lead));
    UUID declined = draft(b.leadToken, aSuggestion().titled("已谢绝"));
    Api.invite(b.leadToken, declined, List.of(a.lead));
    post(
            a.leadToken,
            BASE + "/" + declined + "/co-signers/" + a.lead + "/answer",
            Map.of("accept", false))
        .statusCode(200);
    post(b.leadToken, BASE + "/" + coSigned + "/submit", null).statusCode(200);
    register(congress, coSigned, null);
    assign(congress, coSigned);
    UUID othersAssigned = b.another().assigned().id;
    UUID othersSubmitted = b.another().submitted().id;

    Set<UUID> deputySees = Set.of(ownDraft, ownAssigned, coSigned, invited);
    Set<UUID> departmentSees = Set.of(ownAssigned, coSigned, othersAssigned);
    for (String sort : SORTS) {
      List<UUID> all = ids(pages(congress.staffToken, sort, 100));
      assertThat(all)
          .containsExactlyInAnyOrder(
              ownDraft, ownAssigned, coSigned, invited, declined, othersAssigned, othersSubmitted);
      for (int limit : List.of(1, 2)) {
        // what they see, in the order staff see it, each once
        assertThat(ids(pages(a.leadToken, sort, limit)))
            .as("deputy, sort %s, limit %d", sort, limit)
            .isEqualTo(all.stream().filter(deputySees::contains).toList());
        assertThat(ids(pages(a.leadDeptToken, sort, limit)))
            .as("lead department, sort %s, limit %d", sort, limit)
            .isEqualTo(all.stream().filter(departmentSees::contains).toList());
      }
    }
    List<String> exported = csv(a.leadToken, CSV + "?sort=dueOn");
    assertThat(exported).hasSize(1 + deputySees.size());
  }

  @Test
  void shouldRefuseAnUnknownSortAndATokenOfAnotherSortWithAProblem() {
    Flow f = Flow.create();
    f.drafted();
    f.another().drafted();
    String staff = f.congress.staffToken;
    for (String path : List.of(LIST, CSV)) {
      given()
          .auth()
          .oauth2(staff)
          .queryParam("sort", "title")
          .get(path)
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("status", equalTo(400))
          .body("detail", containsString("\"title\""))
          .body("detail", containsString("-createdAt, createdAt, registrationNumber, dueOn"));
    }
    given()
        .auth()
        .oauth2(staff)
        .header("Accept-Language", "zh-CN")
        .queryParam("sort", "created_at")
        .get(LIST)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("可选值为：-createdAt, createdAt, registrationNumber, dueOn"));

    String dueToken = list(staff, "dueOn", null).statusCode(200).extract().path("nextPageToken");
    assertThat(dueToken).isNotNull();
    for (String other : List.of("createdAt", "-createdAt", "registrationNumber")) {
      list(staff, other, dueToken)
          .statusCode(400)
          .contentType(PROBLEM)
          .body("detail", containsString("sorted by dueOn, not by " + other));
    }
    // without sort the default applies, and the token is not the default's either
    given()
        .auth()
        .oauth2(staff)
        .queryParam("pageToken", dueToken)
        .get(LIST)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    list(staff, "dueOn", dueToken).statusCode(200);
    // an empty pageToken= asks for the first page, as on every list
    list(staff, "dueOn", "").statusCode(200);

    // forged tokens: the old two-value form, an unknown sort, a value of the wrong kind, keys
    // every item has left out, and the former joined-text format
    java.time.Instant now = java.time.Instant.now();
    for (String forged :
        List.of(
            Keyset.token(now, UUID.randomUUID()),
            Keyset.token("title", now, UUID.randomUUID(), 6, 3, null, null),
            Keyset.token("dueOn", now, UUID.randomUUID(), 6, "x", null, null),
            Keyset.token("dueOn", now, UUID.randomUUID(), null, 3, null, null),
            Keyset.token("dueOn", null, UUID.randomUUID(), 6, 3, null, null),
            Keyset.token("dueOn", now, UUID.randomUUID(), 6L << 40, 3, null, null),
            token("dueOn", now.toString(), UUID.randomUUID().toString(), "6", "3", "", ""))) {
      list(staff, "dueOn", forged).statusCode(400).contentType(PROBLEM);
    }
  }

  @Test
  void shouldDocumentTheAllowedSortsInTheOpenApiDocument() {
    List<Map<String, Object>> parameters =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .path("paths.'/api/v1/suggestions'.get.parameters");
    Map<String, Object> sort =
        parameters.stream().filter(p -> "sort".equals(p.get("name"))).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> schema = (Map<String, Object>) sort.get("schema");
    assertThat(schema.get("enum")).isEqualTo(ItemSort.parameters());
    assertThat(schema.get("default")).isEqualTo("-createdAt");
    assertThat((String) sort.get("description")).contains("registrationNumber", "dueOn");
  }

  /** Every page of the list in {@code sort}, {@code limit} items per page. */
  private static List<List<Map<String, Object>>> pages(String token, String sort, int limit) {
    List<List<Map<String, Object>>> pages = new ArrayList<>();
    String next = null;
    do {
      RequestSpecification request =
          given().auth().oauth2(token).queryParam("sort", sort).queryParam("limit", limit);
      if (next != null) {
        request.queryParam("pageToken", next);
      }
      var page = request.get(LIST).then().statusCode(200).extract();
      List<Map<String, Object>> items = page.path("items");
      assertThat(items.size()).isLessThanOrEqualTo(limit);
      pages.add(items);
      next = page.path("nextPageToken");
      assertThat(pages.size()).as("pages of a short list").isLessThanOrEqualTo(50);
    } while (next != null);
    return pages;
  }

  private static List<UUID> ids(List<List<Map<String, Object>>> pages) {
    return pages.stream()
        .flatMap(List::stream)
        .map(i -> UUID.fromString((String) i.get("id")))
        .toList();
  }

  private static io.restassured.response.ValidatableResponse list(
      String token, String sort, String pageToken) {
    RequestSpecification request =
        given().auth().oauth2(token).queryParam("sort", sort).queryParam("limit", 1);
    if (pageToken != null) {
      request.queryParam("pageToken", pageToken);
    }
    return request.get(LIST).then();
  }

  private static void register(TestCongress congress, UUID id, String number) {
    var response =
        post(congress.staffToken, BASE + "/" + id + "/registration", null).statusCode(200);
    if (number != null) {
      response.body("registrationNumber", equalTo(number));
    }
  }

  private static void assign(TestCongress congress, UUID id) {
    congress.department("JT-" + congress.id);
    post(
            congress.staffToken,
            BASE + "/" + id + "/assignments",
            Map.of("leadDepartmentId", "JT-" + congress.id, "coHandlerDepartmentIds", List.of()))
        .statusCode(200);
  }

  /** The registration counter of the congress's term and session as if {@code last} were used. */
  private void startNumberingAfter(String congressId, int term, int session, int last)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO registration_counter (congress_id, term, session, last_value)"
                    + " VALUES (?, ?, ?, ?)")) {
      insert.setString(1, congressId);
      insert.setInt(2, term);
      insert.setInt(3, session);
      insert.setInt(4, last);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  private static String dueOn(TestCongress congress, UUID id) {
    return Api.get(congress.staffToken, BASE + "/" + id).statusCode(200).extract().path("dueOn");
  }

  private static String title(TestCongress congress, UUID id) {
    return Api.get(congress.staffToken, BASE + "/" + id).statusCode(200).extract().path("title");
  }

  /** PostgreSQL orders uuids by their bytes, which is the order of their lower-case text. */
  private static int byPostgresOrder(UUID x, UUID y) {
    return x.toString().compareTo(y.toString());
  }

  private static List<String> csv(String token, String path) {
    byte[] body =
        given().auth().oauth2(token).get(path).then().statusCode(200).extract().asByteArray();
    return List.of(new String(body, StandardCharsets.UTF_8).split("\r\n"));
  }

  /** A page token in the former format: values joined by U+001F, base64url. */
  private static String token(String... values) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8));
  }
}
