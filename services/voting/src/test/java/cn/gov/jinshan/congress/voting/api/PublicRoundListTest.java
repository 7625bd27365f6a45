package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public list of a congress's rounds: anyone, without a token, reads them newest year first,
 * with public fields only (nothing about voters), paged with the platform's keyset token; a round
 * cancelled by mistake is not listed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PublicRoundListTest {
  private static final String LIST = "/api/v1/public/livelihood-rounds";

  @Test
  void shouldListTheRoundsNewestFirstWithPublicFieldsOnlyToAnyone() {
    TestCongress congress = TestCongress.create();
    List<UUID> voters = congress.deputies(1);
    RoundFixture delivered = aRound(congress).selecting(1).withCandidates(2).delivering(voters);
    RoundFixture collecting = aRound(congress).withCandidates(3).collecting();
    RoundFixture cancelled = aRound(congress).withCandidates(0).collecting();
    congress
        .asStaff()
        .header("If-Match", cancelled.etag())
        .body(Map.of("reason", "年度填写错误"))
        .post(cancelled.path("/cancellation"))
        .then()
        .statusCode(200);

    JsonPath page =
        given()
            .queryParam("congressId", congress.id)
            .get(LIST)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = page.getList("items");
    assertThat(items).extracting(r -> r.get("id")).doesNotContain(cancelled.id.toString());
    assertThat(items).hasSize(2);
    assertThat((int) items.get(0).get("year")).isGreaterThan((int) items.get(1).get("year"));
    assertThat(page.getString("nextPageToken")).isNull();

    Map<String, Object> implementing = byId(items, delivered.id);
    assertThat(implementing.keySet())
        .as("public fields only: nothing about voters")
        .containsExactlyInAnyOrder(
            "id",
            "congressId",
            "year",
            "title",
            "phase",
            "phaseLabel",
            "projectsToSelect",
            "votingOn",
            "checkInOpensAt",
            "checkInClosesAt",
            "ballotClosed",
            "proposedCount",
            "shortlistedCount",
            "selectedCount");
    assertThat(implementing)
        .containsEntry("congressId", congress.id)
        .containsEntry("phase", "IMPLEMENTING")
        .containsEntry("phaseLabel", "实施")
        .containsEntry("projectsToSelect", 1)
        .containsEntry("ballotClosed", true)
        .containsEntry("proposedCount", 2)
        .containsEntry("shortlistedCount", 2)
        .containsEntry("selectedCount", 1);
    assertThat(implementing.get("votingOn"))
        .isEqualTo(delivered.get("").extract().path("schedule.votingOn"));

    assertThat(byId(items, collecting.id))
        .containsEntry("phase", "COLLECTING")
        .containsEntry("phaseLabel", "征集")
        .containsEntry("ballotClosed", false)
        .containsEntry("proposedCount", 3)
        .containsEntry("shortlistedCount", 0)
        .containsEntry("selectedCount", 0);
  }

  @Test
  void shouldPageWithTheKeysetTokenAndRefuseABadOne() {
    TestCongress congress = TestCongress.create();
    RoundFixture first = aRound(congress).withCandidates(0).collecting();
    RoundFixture second = aRound(congress).withCandidates(0).collecting();

    JsonPath one =
        given()
            .queryParam("congressId", congress.id)
            .queryParam("limit", 1)
            .get(LIST)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(one.getList("items")).hasSize(1);
    String token = one.getString("nextPageToken");
    assertThat(token).isNotNull();
    JsonPath two =
        given()
            .queryParam("congressId", congress.id)
            .queryParam("limit", 1)
            .queryParam("pageToken", token)
            .get(LIST)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(two.getList("items")).hasSize(1);
    assertThat(two.getString("nextPageToken")).isNull();
    assertThat(List.of(one.getString("items[0].id"), two.getString("items[0].id")))
        .containsExactlyInAnyOrder(first.id.toString(), second.id.toString());
    assertThat(one.getInt("items[0].year")).isGreaterThan(two.getInt("items[0].year"));

    given()
        .queryParam("congressId", congress.id)
        .queryParam("pageToken", "garbage!")
        .get(LIST)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://congress.jinshan.gov.cn/problems/malformed-request"));
    given()
        .queryParam("congressId", "not a congress")
        .get(LIST)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().queryParam("limit", 0).get(LIST).then().statusCode(400);
    // Without congressId: the district congress's rounds, never this test congress's.
    List<String> district = given().get(LIST).then().statusCode(200).extract().path("items.id");
    assertThat(district).doesNotContain(first.id.toString(), second.id.toString());
  }

  private static Map<String, Object> byId(List<Map<String, Object>> items, UUID id) {
    return items.stream()
        .filter(r -> id.toString().equals(r.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("round " + id + " not listed in " + items));
  }
}
