package cn.gov.jinshan.congress.voting.api;

import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rounds list reads its (year, id) page token with the platform's {@code Keyset}: a token that
 * is not one of this list is a 400, an empty one asks for the first page.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoundListPageTokenTest {

  @Test
  void shouldRefuseGarbageAFormerFormatTokenAndAnotherListsToken() {
    TestCongress congress = TestCongress.create();
    UUID id = UUID.randomUUID();
    String previousFormat =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("2026\u001f" + id).getBytes(StandardCharsets.UTF_8));
    for (String token : new String[] {"garbage!", previousFormat, Keyset.token(id)}) {
      congress
          .asStaff()
          .queryParam("pageToken", token)
          .get("/api/v1/livelihood-rounds")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("https://congress.jinshan.gov.cn/problems/malformed-request"))
          .body("detail", equalTo("The page token is not valid; start again from the first page."));
    }
  }

  @Test
  void shouldFollowAYearAndIdTokenAndReadAnEmptyOneAsTheFirstPage() {
    TestCongress congress = TestCongress.create();
    for (String token : new String[] {Keyset.token(2026, UUID.randomUUID()), ""}) {
      congress
          .asStaff()
          .queryParam("pageToken", token)
          .get("/api/v1/livelihood-rounds")
          .then()
          .statusCode(200);
    }
  }
}
