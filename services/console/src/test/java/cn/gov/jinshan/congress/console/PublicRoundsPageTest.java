package cn.gov.jinshan.congress.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The public list of livelihood-project rounds: anyone, without a login, sees every round newest
 * first from the voting service's public list (asked without a token), with its phase, ballot day
 * and project counts, a link to the board once the ballot is closed and to the selected projects
 * once they are published, and the next page.
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class PublicRoundsPageTest {

  @Test
  void shouldListTheRoundsToAnyoneWithLinksToTheirBoardsAndProjects() {
    ApiStub.RECEIVED.clear();
    String page =
        given()
            .redirects()
            .follow(false)
            .get("/public/rounds")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("<h1>民心工程票决</h1>", "id=\"public-rounds\"")
        .contains("2026年</strong> 2026年度民心工程实事项目", "征集", "2026年1月16日")
        .contains("征集 3 项，票决候选 0 项，入选 0 项（应选 5 项）", "尚未票决")
        .contains("2025年</strong> 2025年度民心工程实事项目", "结束")
        .contains("征集 8 项，票决候选 6 项，入选 5 项（应选 5 项）")
        .contains(
            "href=\"/public/rounds/" + ApiStub.ROUND + "\"",
            "href=\"/public/projects?round=" + ApiStub.ROUND + "\"")
        .doesNotContain(
            "href=\"/public/rounds/" + ApiStub.NEW_ROUND + "\"",
            "href=\"/public/projects?round=" + ApiStub.NEW_ROUND + "\"")
        .contains("href=\"/public/rounds?pageToken=a%2Bb%2Fc%3D\"", "下一页")
        .doesNotContain("id=\"logout\"");
    assertThat(page.indexOf(ApiStub.NEW_ROUND))
        .as("newest first")
        .isLessThan(page.indexOf(ApiStub.ROUND));
    assertThat(ApiStub.received("GET", "/api/v1/public/livelihood-rounds"))
        .singleElement()
        .satisfies(r -> assertThat(r.headers()).doesNotContainKey("authorization"));

    // The link's token, as the browser sends it back (encoded once).
    String next =
        given()
            .queryParam("pageToken", ApiStub.NEXT_PAGE_TOKEN)
            .get("/public/rounds")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(next)
        .contains(
            "2024年</strong> 2024年度民心工程实事项目",
            "实施",
            "href=\"/public/rounds/" + ApiStub.OLD_ROUND + "\"")
        .doesNotContain(
            "href=\"/public/projects?round=" + ApiStub.OLD_ROUND + "\"", "id=\"next-page\"");
  }

  @Test
  void shouldLinkTheListFromTheHomePageAndTheHeader() {
    String home = given().get("/").then().statusCode(200).extract().asString();
    assertThat(home).contains("<a href=\"/public/rounds\">票决轮次</a><span>");
    String rounds = given().get("/public/rounds").then().statusCode(200).extract().asString();
    assertThat(rounds)
        .contains("<nav aria-label=\"主导航\">")
        .contains("<a href=\"/public/rounds\">票决轮次</a>");
  }
}
