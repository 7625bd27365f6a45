package cn.gov.jinshan.congress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /items/{id}}, where mails link: the item in the reader's own workspace. */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class ItemLinksTest {
  @TestHTTPResource("/")
  URL root;

  private final String item = UUID.randomUUID().toString();

  @Test
  void shouldOpenADeputysItemPage() {
    Browser deputy = new Browser(root.getPort());
    deputy.login("deputy01");

    HttpResponse<String> answer = deputy.get("/items/" + item);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(Browser.location(answer)).endsWith("/deputy/items/" + item);
  }

  @Test
  void shouldOpenAUnitsTaskPage() {
    Browser unit = new Browser(root.getPort());
    unit.login("dept-health");

    HttpResponse<String> answer = unit.get("/items/" + item);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(Browser.location(answer)).endsWith("/department/tasks/" + item);
  }

  @Test
  void shouldAskForALoginFirst() {
    HttpResponse<String> answer = new Browser(root.getPort()).get("/items/" + item);

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(Browser.location(answer)).contains("/protocol/openid-connect/auth");
  }

  @Test
  void shouldRefuseAnAddressThatIsNoItem() {
    Browser deputy = new Browser(root.getPort());
    deputy.login("deputy01");

    assertThat(deputy.get("/items/not-an-id").statusCode()).isEqualTo(404);
  }
}
