package cn.gov.jinshan.congress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox and the header's unread count for a unit logged in through the real Keycloak, against
 * {@link ApiStub}; and the console without the notifications service (no count, no error page).
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class NotificationsPagesTest {
  @TestHTTPResource("/")
  URL root;

  Browser browser;

  @BeforeEach
  void logIn() {
    ApiStub.notificationsUp = true;
    browser = new Browser(root.getPort());
    assertThat(browser.login("dept-health").statusCode()).isEqualTo(200);
  }

  @AfterEach
  void serviceBack() {
    ApiStub.notificationsUp = true;
  }

  @Test
  void shouldShowTheUnreadCountInTheHeaderOfEveryPage() {
    ApiStub.RECEIVED.clear();

    String page = browser.get("/department/tasks").body();

    assertThat(page)
        .contains(
            "<a id=\"notifications-link\" href=\"/notifications\">通知 <span class=\"badge\""
                + " id=\"unread-count\">2<span class=\"sr-only\">条未读</span></span></a>");
    assertThat(ApiStub.received("GET", "/api/v1/notifications/unread-count")).hasSize(1);
  }

  @Test
  void shouldWorkWithoutTheNotificationsService() {
    ApiStub.notificationsUp = false;

    HttpResponse<String> tasks = browser.get("/department/tasks");
    HttpResponse<String> inbox = browser.get("/notifications");

    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("<h1>办理任务</h1>").doesNotContain("id=\"unread-count\"");
    assertThat(inbox.statusCode()).isEqualTo(503);
    assertThat(inbox.body()).contains("<h1>通知</h1>", "通知暂时无法显示").doesNotContain("Exception");
  }

  @Test
  void shouldListUnreadFirstWithLinksToTheUnitsTaskPageAndTheNextPage() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> inbox = browser.get("/notifications");

    assertThat(inbox.statusCode()).isEqualTo(200);
    String body = inbox.body();
    assertThat(body)
        .contains("<h1>通知</h1>", "新的交办任务", "已阅的通知", "2025年3月1日", "全部标为已读")
        .contains("<a href=\"/department/tasks/" + ApiStub.LEAD_ITEM + "\">新的交办任务</a>")
        .contains("aria-label=\"将“新的交办任务”标为已读\"")
        .contains("href=\"/notifications?pageToken=a%2Bb%2Fc%3D\"", "下一页");
    assertThat(body.indexOf("新的交办任务")).isLessThan(body.indexOf("已阅的通知"));
    assertThat(body).contains("action=\"/notifications/" + ApiStub.NOTIFICATION_UNREAD + "/read\"");
    assertThat(body)
        .doesNotContain("action=\"/notifications/" + ApiStub.NOTIFICATION_READ + "/read\"");
    assertThat(ApiStub.received("GET", "/api/v1/notifications"))
        .singleElement()
        .satisfies(r -> assertThat(r.headers().get("authorization")).startsWith("Bearer "));

    HttpResponse<String> next = browser.get("/notifications?pageToken=a%2Bb%2Fc%3D");
    assertThat(next.body()).doesNotContain("id=\"next-page\"");
  }

  @Test
  void shouldMarkReadOnlyWithTheCsrfToken() {
    String inbox = browser.get("/notifications").body();
    ApiStub.RECEIVED.clear();
    String path = "/notifications/" + ApiStub.NOTIFICATION_UNREAD + "/read";

    HttpResponse<String> refused = browser.postForm(path, Map.of("pageToken", ""));
    HttpResponse<String> allRefused = browser.postForm("/notifications/read-all", Map.of());
    HttpResponse<String> read =
        browser.postForm(path, Map.of("csrf-token", Browser.csrfToken(inbox), "pageToken", ""));
    HttpResponse<String> all =
        browser.postForm("/notifications/read-all", Map.of("csrf-token", Browser.csrfToken(inbox)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(allRefused.statusCode()).isEqualTo(400);
    assertThat(read.statusCode()).isEqualTo(303);
    assertThat(Browser.location(read)).endsWith("/notifications");
    assertThat(all.statusCode()).isEqualTo(303);
    assertThat(Browser.location(all)).endsWith("/notifications?notice=read-all");
    assertThat(ApiStub.received("POST", "/api/v1/" + path.substring(1))).hasSize(1);
    assertThat(ApiStub.received("POST", "/api/v1/notifications/read-all")).hasSize(1);
  }
}
