package cn.gov.jinshan.congress.supervision.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists page with the platform's {@code Keyset} tokens: following nextPageToken walks every row
 * once, an empty pageToken is the first page, and a token that is not one of the list is a 400.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ListPageTokenTest {
  private static final String MEMBERS = "/api/v1/committee-members";

  @Test
  void shouldWalkEveryMemberOnceByNameAndReadAnEmptyTokenAsTheFirstPage() {
    TestCongress congress = TestCongress.create();
    List<String> seen = new ArrayList<>();
    String token = "";
    do {
      JsonPath page =
          congress
              .staff()
              .queryParam("limit", 3)
              .queryParam("pageToken", token)
              .get(MEMBERS)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.memberId"));
      token = page.getString("nextPageToken");
    } while (token != null);
    assertThat(seen).hasSize(TestCongress.MEMBERS).doesNotHaveDuplicates();
  }

  @Test
  void shouldRefuseGarbageAFormerFormatTokenAndAnotherListsToken() {
    TestCongress congress = TestCongress.create();
    UUID id = UUID.randomUUID();
    String formerFormat =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("委员m1\u001f" + id).getBytes(StandardCharsets.UTF_8));
    for (String token : List.of("garbage!", formerFormat, Keyset.token(id), Keyset.token(2026))) {
      congress
          .staff()
          .queryParam("pageToken", token)
          .get(MEMBERS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", equalTo("The page token is not valid; start again from the first page."));
    }
  }
}
