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
 * The lists read their page tokens with the platform's codec: a token that is not theirs is 400.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PageTokenTest {

  @Test
  void shouldRefuseAPageTokenThatIsNotOneOfThisList() {
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
    congress
        .asStaff()
        .queryParam("pageToken", Keyset.token(2026, id))
        .get("/api/v1/livelihood-rounds")
        .then()
        .statusCode(200);
  }
}
