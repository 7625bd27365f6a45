package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A two-character query is answered from the bigram index (V8), not by LIKE: it must find exactly
 * what LIKE found, in the title or the content, and nothing across the title/content boundary.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TwoCharacterSearchTest {
  @Test
  void shouldFindExactlyTheItemsWhoseTitleOrContentHoldsTheTwoCharacters() {
    TestCongress congress = TestCongress.create();
    String token = congress.deputyToken(congress.deputies("陈静").get(0));
    UUID inTitle = draft(token, aSuggestion().titled("关于治理夜间施工噪声的建议"));
    UUID inContent = draft(token, aSuggestion().content("居民反映菜场周边噪声扰民，建议调整装卸时间。"));
    UUID neither = draft(token, aSuggestion().titled("关于增设公交站点的建议"));
    // 声 ends the title and 居 starts the content: 声居 is in neither.
    UUID boundary = draft(token, aSuggestion().titled("关于降低噪声").content("居民区夜间照明的建议"));

    assertThat(search(token, "噪声")).containsExactlyInAnyOrder(inTitle, inContent, boundary);
    assertThat(search(token, "声居")).isEmpty();
    assertThat(search(token, "公交")).containsExactly(neither);
    // One and three characters still go through LIKE.
    assertThat(search(token, "噪")).containsExactlyInAnyOrder(inTitle, inContent, boundary);
    assertThat(search(token, "扰民，")).containsExactly(inContent);
  }

  @Test
  void shouldTreatLikeWildcardsInATwoCharacterQueryAsText() {
    TestCongress congress = TestCongress.create();
    String token = congress.deputyToken(congress.deputies("周敏").get(0));
    UUID percent = draft(token, aSuggestion().content("老旧小区加装电梯覆盖率达到80%以上。"));
    draft(token, aSuggestion().content("老旧小区加装电梯覆盖率达到八成。"));

    assertThat(search(token, "0%")).containsExactly(percent);
    assertThat(search(token, "%_")).isEmpty();
  }

  private static List<UUID> search(String token, String q) {
    return given()
        .auth()
        .oauth2(token)
        .queryParam("q", q)
        .queryParam("limit", 50)
        .get(BASE)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class)
        .stream()
        .map(UUID::fromString)
        .toList();
  }
}
