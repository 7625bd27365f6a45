package cn.gov.jinshan.congress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handling unit (dept-health, logged in through the real Keycloak) on its livelihood projects:
 * the list, a project's progress reports and the form for a new one; against {@link ApiStub}, which
 * records what the console sent.
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class ProjectProgressPagesTest {
  private static final String PAGE = "/department/projects/" + ApiStub.PROJECT;
  private static final String REPORTS =
      "/api/v1/livelihood-projects/" + ApiStub.PROJECT + "/progress-reports";

  @TestHTTPResource("/")
  URL root;

  Browser browser;

  @BeforeEach
  void logIn() {
    browser = new Browser(root.getPort());
    HttpResponse<String> home = browser.login("dept-health");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/department/projects\"");
  }

  @Test
  void shouldListTheProjectsTheUnitIsResponsibleForInChinese() {
    ApiStub.RECEIVED.clear();

    HttpResponse<String> list = browser.get("/department/projects");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("<h1>民心工程项目</h1>", "<th scope=\"col\">推进进度</th>")
        .contains("href=\"" + PAGE + "\"", ApiStub.PROJECT_TITLE, "40%", "2025年5月1日")
        .doesNotContain("/api/v1/");
    assertThat(list.body().split("<h1>", -1)).hasSize(2);
    List<ApiStub.Received> calls = ApiStub.received("GET", "/api/v1/livelihood-projects");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).headers().get("authorization")).startsWith("Bearer ");
  }

  @Test
  void shouldShowTheProjectsReportsAndTheFormWithItsLabels() {
    HttpResponse<String> page = browser.get(PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>" + ApiStub.PROJECT_TITLE + "</h1>", "<h2>报送推进进度</h2>")
        .contains("<label for=\"percentage\">完成进度（%）</label>")
        .contains("<label for=\"narrative\">进展情况</label>")
        .contains("id=\"progress-form\"", "name=\"csrf-token\"")
        .contains("<h2>已报送的进度</h2>", "2025年5月1日", "已完成12台电梯的加装。");
  }

  @Test
  void shouldRefuseAReportWithoutItsCsrfToken() {
    browser.get(PAGE);
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postForm(
            PAGE + "/progress-reports", Map.of("percentage", "60", "narrative", "已完成一半。"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>");
    assertThat(ApiStub.received("POST", REPORTS)).isEmpty();
  }

  @Test
  void shouldSendTheReportAndSayItWasSent() {
    String page = browser.get(PAGE).body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> sent =
        browser.postForm(
            PAGE + "/progress-reports",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "percentage", " 60 ",
                "narrative", "已完成30台电梯的加装。"));

    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(Browser.location(sent)).endsWith(PAGE + "?notice=progress-reported");
    List<ApiStub.Received> calls = ApiStub.received("POST", REPORTS);
    assertThat(calls).hasSize(1);
    assertThat(new JsonObject(calls.get(0).body()).getMap())
        .containsEntry("percentage", 60)
        .containsEntry("narrative", "已完成30台电梯的加装。");
    assertThat(browser.follow(sent).body()).contains("推进进度已报送。");
  }

  @Test
  void shouldShowTheApisFieldErrorsNextToTheirFieldsWithWhatWasTyped() {
    String page = browser.get(PAGE).body();

    HttpResponse<String> noNarrative =
        browser.postForm(
            PAGE + "/progress-reports",
            Map.of("csrf-token", Browser.csrfToken(page), "percentage", "70", "narrative", " "));
    HttpResponse<String> noNumber =
        browser.postForm(
            PAGE + "/progress-reports",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "percentage", "七十",
                "narrative", "主体完工。"));

    assertThat(noNarrative.statusCode()).isEqualTo(400);
    assertThat(noNarrative.body())
        .contains(
            "<p id=\"narrative-error\" class=\"field-error\">" + ApiStub.NARRATIVE_ERROR + "</p>")
        .contains("aria-describedby=\"narrative-error\" aria-invalid=\"true\"")
        .contains(
            "name=\"percentage\" min=\"0\" max=\"100\" step=\"1\" inputmode=\"numeric\" value=\"70\"");
    assertThat(noNumber.statusCode()).isEqualTo(400);
    assertThat(noNumber.body())
        .contains("<p id=\"percentage-error\" class=\"field-error\">请填写完成进度</p>")
        .contains(">主体完工。</textarea>");
  }
}
