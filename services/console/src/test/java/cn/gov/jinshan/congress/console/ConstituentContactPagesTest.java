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
 * A deputy (deputy01, logged in through the real Keycloak) on constituent contacts: the list, the
 * form that records one at a station, and turning one into a suggestion that is then linked to it;
 * against {@link ApiStub}, which records what the console sent.
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class ConstituentContactPagesTest {
  private static final String CONTACTS =
      "/api/v1/deputies/00000000-0000-4000-8000-000000000001/constituent-contacts";

  @TestHTTPResource("/")
  URL root;

  Browser browser;

  @BeforeEach
  void logIn() {
    browser = new Browser(root.getPort());
    HttpResponse<String> home = browser.login("deputy01");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/deputy/contacts\"");
  }

  @Test
  void shouldListTheDeputysContactsWithTheFormInChinese() {
    ApiStub.RECEIVED.clear();

    HttpResponse<String> page = browser.get("/deputy/contacts");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>联系群众</h1>", "<h2>记录群众意见</h2>", "id=\"constituent-contact-form\"")
        .contains("<label for=\"stationId\">接待地点（联络站）</label>")
        .contains("<option value=\"" + ApiStub.STATION + "\">" + ApiStub.STATION_NAME)
        .contains("<label for=\"receivedOn\">接待日期</label>", "<label for=\"subject\">反映事项</label>")
        .contains("<label for=\"content\">意见内容</label>")
        .contains("2025年4月2日", "小区停车难", "李阿姨", "<td>" + ApiStub.STATION_NAME + "</td>")
        .contains("href=\"/deputy/items/new?contact=" + ApiStub.CONTACT + "\"")
        .contains("href=\"/deputy/items/" + ApiStub.ITEM + "\"")
        .doesNotContain("/api/v1/");
    assertThat(page.body().split("<h1>", -1)).hasSize(2);
    assertThat(ApiStub.received("GET", CONTACTS)).hasSize(1);
  }

  @Test
  void shouldRefuseAContactWithoutItsCsrfToken() {
    String page = browser.get("/deputy/contacts").body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postForm(
            "/deputy/contacts",
            Map.of(
                "idempotencyKey", Browser.hidden(page, "idempotencyKey"),
                "receivedOn", "2025-04-02",
                "subject", "小区停车难",
                "content", "希望增设停车位。"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>");
    assertThat(ApiStub.received("POST", CONTACTS)).isEmpty();
  }

  @Test
  void shouldRecordTheContactAtTheStationOnceWithTheFormsKey() {
    String page = browser.get("/deputy/contacts").body();
    String key = Browser.hidden(page, "idempotencyKey");
    Map<String, String> form =
        Map.of(
            "csrf-token", Browser.csrfToken(page),
            "idempotencyKey", key,
            "stationId", ApiStub.STATION,
            "receivedOn", "2025-04-02",
            "constituentName", "李阿姨",
            "subject", "小区停车难",
            "content", "希望增设停车位。");
    ApiStub.RECEIVED.clear();

    HttpResponse<String> first = browser.postForm("/deputy/contacts", form);
    HttpResponse<String> second = browser.postForm("/deputy/contacts", form);

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(Browser.location(first)).endsWith("/deputy/contacts?notice=constituent-recorded");
    assertThat(second.statusCode()).isEqualTo(303);
    List<ApiStub.Received> calls = ApiStub.received("POST", CONTACTS);
    assertThat(calls).hasSize(2);
    assertThat(calls)
        .allSatisfy(c -> assertThat(c.headers().get("idempotency-key")).isEqualTo(key));
    assertThat(new JsonObject(calls.get(0).body()).getMap())
        .containsEntry("stationId", ApiStub.STATION)
        .containsEntry("receivedOn", "2025-04-02")
        .containsEntry("constituentName", "李阿姨")
        .containsEntry("subject", "小区停车难")
        .containsEntry("content", "希望增设停车位。");
    assertThat(browser.follow(first).body()).contains("联系群众记录已保存。");
  }

  @Test
  void shouldShowTheApisFieldErrorNextToTheSubjectAndKeepWhatWasTyped() {
    String page = browser.get("/deputy/contacts").body();
    String key = Browser.hidden(page, "idempotencyKey");

    HttpResponse<String> refused =
        browser.postForm(
            "/deputy/contacts",
            Map.of(
                "csrf-token",
                Browser.csrfToken(page),
                "idempotencyKey",
                key,
                "stationId",
                ApiStub.STATION,
                "receivedOn",
                "2025-04-02",
                "subject",
                "",
                "content",
                "希望增设停车位。"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<p id=\"subject-error\" class=\"field-error\">" + ApiStub.SUBJECT_ERROR + "</p>")
        .contains("aria-describedby=\"subject-error\" aria-invalid=\"true\"")
        .contains(">希望增设停车位。</textarea>")
        .contains("<option value=\"" + ApiStub.STATION + "\" selected>");
    assertThat(Browser.hidden(refused.body(), "idempotencyKey")).isEqualTo(key);
  }

  @Test
  void shouldFillTheNewSuggestionFromTheContactAndLinkItOnceCreated() {
    HttpResponse<String> form = browser.get("/deputy/items/new?contact=" + ApiStub.CONTACT);

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("id=\"title\" name=\"title\" maxlength=\"200\" value=\"小区停车难\"")
        .contains(">希望在小区周边增设停车位。</textarea>")
        .contains("id=\"from-contact\"");
    assertThat(Browser.hidden(form.body(), "contactId")).isEqualTo(ApiStub.CONTACT);
    ApiStub.RECEIVED.clear();

    HttpResponse<String> saved =
        browser.postMultipart(
            "/deputy/items/new",
            Map.of(
                "csrf-token", Browser.csrfToken(form.body()),
                "idempotencyKey", Browser.hidden(form.body(), "idempotencyKey"),
                "contactId", ApiStub.CONTACT,
                "kind", "SUGGESTION",
                "category", "URBAN",
                "title", "关于缓解小区停车难的建议",
                "content", "希望在小区周边增设停车位。",
                "action", "draft"),
            List.of());

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(saved))
        .endsWith("/deputy/items/" + ApiStub.ITEM + "?notice=draft-saved");
    assertThat(ApiStub.received("POST", "/api/v1/suggestions")).hasSize(1);
    List<ApiStub.Received> links =
        ApiStub.received("PUT", "/api/v1/constituent-contacts/" + ApiStub.CONTACT + "/suggestion");
    assertThat(links).hasSize(1);
    assertThat(links.get(0).headers().get("if-match")).isEqualTo("\"2\"");
    assertThat(new JsonObject(links.get(0).body()).getString("suggestionId"))
        .isEqualTo(ApiStub.ITEM);
  }

  @Test
  void shouldKeepTheNewItemAndSaySoWhenTheContactCannotBeLinked() {
    String form = browser.get("/deputy/items/new?contact=" + ApiStub.CONTACT).body();

    HttpResponse<String> saved =
        browser.postMultipart(
            "/deputy/items/new",
            Map.of(
                "csrf-token", Browser.csrfToken(form),
                "idempotencyKey", Browser.hidden(form, "idempotencyKey"),
                "contactId", "1c000000-0000-4000-8000-000000000009",
                "kind", "SUGGESTION",
                "title", "关于缓解小区停车难的建议",
                "content", "希望增设停车位。",
                "action", "draft"),
            List.of());

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(saved))
        .endsWith("/deputy/items/" + ApiStub.ITEM + "?notice=contact-not-linked");
    assertThat(browser.follow(saved).body()).contains("建议已保存，但未能与这条联系群众记录关联。");
  }

  @Test
  void shouldLeadAContactAlreadyTurnedIntoASuggestionToThatItem() {
    HttpResponse<String> answer =
        browser.get("/deputy/items/new?contact=" + ApiStub.LINKED_CONTACT);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(Browser.location(answer)).endsWith("/deputy/items/" + ApiStub.ITEM);
  }

  @Test
  void shouldRefuseTurningAContactIntoASuggestionWithoutTheCsrfToken() {
    String form = browser.get("/deputy/items/new?contact=" + ApiStub.CONTACT).body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postMultipart(
            "/deputy/items/new",
            Map.of(
                "idempotencyKey", Browser.hidden(form, "idempotencyKey"),
                "contactId", ApiStub.CONTACT,
                "title", "关于缓解小区停车难的建议",
                "content", "希望增设停车位。",
                "action", "draft"),
            List.of());

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>");
    assertThat(ApiStub.received("POST", "/api/v1/suggestions")).isEmpty();
    assertThat(
            ApiStub.received(
                "PUT", "/api/v1/constituent-contacts/" + ApiStub.CONTACT + "/suggestion"))
        .isEmpty();
  }

  @Test
  void shouldOfferThePublicRoundsOnTheProjectsPageToAnyone() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> loggedIn = browser.get("/public/projects");
    HttpResponse<String> anonymous = new Browser(root.getPort()).get("/public/projects");

    for (HttpResponse<String> page : List.of(loggedIn, anonymous)) {
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("<h1>民心工程实事项目</h1>", "<h2 id=\"rounds-heading\">票决轮次</h2>")
          .contains("<ul id=\"rounds\" aria-labelledby=\"rounds-heading\">")
          .contains("<strong>2026年</strong> 2026年度民心工程实事项目（征集）：入选项目在本轮结束后公布")
          .contains("<strong>2025年</strong> 2025年度民心工程实事项目（结束）")
          .contains(
              "<a class=\"projects-link\" href=\"/public/projects?round=" + ApiStub.ROUND + "\">")
          .contains("<a class=\"board-link\" href=\"/public/rounds/" + ApiStub.ROUND + "\">")
          .doesNotContain(
              "href=\"/public/projects?round=" + ApiStub.NEW_ROUND + "\"",
              "href=\"/public/rounds/" + ApiStub.NEW_ROUND + "\"")
          .contains("<a id=\"earlier-rounds\" href=\"/public/rounds?pageToken=a%2Bb%2Fc%3D\">")
          .contains("<label for=\"round\">票决轮次编号</label>");
      assertThat(page.body().split("<h1>", -1)).hasSize(2);
    }
    assertThat(loggedIn.body()).contains("id=\"logout\"");
    assertThat(anonymous.body()).doesNotContain("id=\"logout\"");
    // Both from the public list of the district congress; the rounds only staff and deputies may
    // list are not asked for.
    assertThat(ApiStub.received("GET", "/api/v1/public/livelihood-rounds")).hasSize(2);
    assertThat(ApiStub.received("GET", "/api/v1/livelihood-rounds")).isEmpty();
  }

  @Test
  void shouldAnswerAnUploadOverTheConsolesLimitWithTheTooLargePage() {
    String form = browser.get("/deputy/items/new").body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postMultipart(
            "/deputy/items/new",
            Map.of(
                "csrf-token", Browser.csrfToken(form),
                "idempotencyKey", Browser.hidden(form, "idempotencyKey"),
                "title", "附件过大的建议",
                "content", "内容",
                "action", "draft"),
            List.of(
                new Browser.FilePart(
                    "attachments", "big.pdf", "application/pdf", new byte[13 * 1024 * 1024])));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("<h1>文件过大</h1>", "lang=\"zh-CN\"", "id=\"logout\"");
    assertThat(ApiStub.received("POST", "/api/v1/suggestions")).isEmpty();
  }

  @Test
  void shouldTakeATenMegabyteFileWithTheFormAroundIt() {
    String form = browser.get("/deputy/items/new").body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> saved =
        browser.postMultipart(
            "/deputy/items/new",
            Map.of(
                "csrf-token", Browser.csrfToken(form),
                "idempotencyKey", Browser.hidden(form, "idempotencyKey"),
                "kind", "SUGGESTION",
                "category", "URBAN",
                "title", "附件较大的建议",
                "content", "内容见附件。",
                "action", "draft"),
            List.of(
                new Browser.FilePart(
                    "attachments", "scan.pdf", "application/pdf", new byte[10 * 1024 * 1024])));

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(saved)).endsWith("?notice=draft-saved");
    assertThat(ApiStub.received("POST", "/api/v1/suggestions/" + ApiStub.ITEM + "/attachments"))
        .hasSize(1);
  }
}
