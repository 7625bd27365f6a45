package cn.gov.jinshan.congress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's own logic for a deputy logged in through the real Keycloak: token propagation,
 * CSRF, one Idempotency-Key per rendered form, problem → field error mapping, 404 and 412.
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class DeputyPagesTest {
  @TestHTTPResource("/")
  URL root;

  Browser browser;

  @BeforeEach
  void logIn() {
    browser = new Browser(root.getPort());
    HttpResponse<String> home = browser.login("deputy01");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("<h1>我的建议和议案</h1>", "id=\"logout\"");
  }

  @Test
  void shouldCallTheApisWithTheUsersOwnAccessToken() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> list = browser.get("/deputy/items");

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("class=\"item-link\"", "关于增设社区卫生服务站的建议", "2025年3月1日");
    List<ApiStub.Received> calls = ApiStub.received("GET", "/api/v1/suggestions");
    assertThat(calls).hasSize(1);
    String authorization = calls.get(0).headers().get("authorization");
    assertThat(authorization).startsWith("Bearer ");
    String claims =
        new String(
            Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]),
            StandardCharsets.UTF_8);
    assertThat(claims).contains("\"preferred_username\":\"deputy01\"", "\"congress-api\"");
    assertThat(calls.get(0).headers().get("accept-language")).isEqualTo("zh-CN");
    assertThat(list.body()).doesNotContain(authorization.substring(7));
  }

  @Test
  void shouldReadTheWholeItemPageInOneCallToTheSuggestionsApi() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> page = browser.get("/deputy/items/" + ApiStub.ITEM);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("材料.pdf", "value=\"&quot;3&quot;\"");
    assertThat(ApiStub.RECEIVED)
        .filteredOn(r -> r.path().startsWith("/api/v1/suggestions"))
        .extracting(ApiStub.Received::path)
        .containsExactly("/api/v1/suggestions/" + ApiStub.ITEM + "/dossier");
  }

  @Test
  void shouldShowTheDeputysChineseNameInTheHeaderReadOncePerSubject() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> list = browser.get("/deputy/items");
    HttpResponse<String> again = browser.get("/deputy/items");

    assertThat(list.body()).contains("<span class=\"who\">" + ApiStub.DEPUTY_NAME + "</span>");
    assertThat(again.body()).contains("<span class=\"who\">" + ApiStub.DEPUTY_NAME + "</span>");
    // the login's first page read it already
    assertThat(ApiStub.received("GET", "/api/v1/deputies/me")).isEmpty();
  }

  @Test
  void shouldRefuseAFormWithoutItsCsrfToken() {
    ApiStub.RECEIVED.clear();
    String form = browser.get("/deputy/items/new").body();

    HttpResponse<String> refused =
        browser.postForm(
            "/deputy/items/new",
            Map.of("idempotencyKey", Browser.hidden(form, "idempotencyKey"), "title", "标题"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>").doesNotContain("Exception");
    assertThat(ApiStub.received("POST", "/api/v1/suggestions")).isEmpty();
  }

  @Test
  void shouldGiveEachRenderedFormItsOwnIdempotencyKeyAndSendItWithTheCreate() {
    ApiStub.RECEIVED.clear();
    String first = browser.get("/deputy/items/new").body();
    String second = browser.get("/deputy/items/new").body();
    String key = Browser.hidden(first, "idempotencyKey");
    assertThat(key).isNotEqualTo(Browser.hidden(second, "idempotencyKey"));

    Map<String, String> fields = filled(first, "关于增设社区卫生服务站的建议");
    HttpResponse<String> once = browser.postForm("/deputy/items/new", fields);
    HttpResponse<String> twice = browser.postForm("/deputy/items/new", fields);

    assertThat(once.statusCode()).isEqualTo(303);
    assertThat(Browser.location(once))
        .endsWith("/deputy/items/" + ApiStub.ITEM + "?notice=draft-saved");
    assertThat(twice.statusCode()).isEqualTo(303);
    assertThat(ApiStub.received("POST", "/api/v1/suggestions"))
        .extracting(r -> r.headers().get("idempotency-key"))
        .containsExactly(key, key);
  }

  @Test
  void shouldShowTheApisFieldErrorNextToTheFieldAndKeepWhatWasTyped() {
    String form = browser.get("/deputy/items/new").body();

    HttpResponse<String> refused = browser.postForm("/deputy/items/new", filled(form, ""));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(refused.body())
        .contains("<p id=\"title-error\" class=\"field-error\">" + ApiStub.TITLE_ERROR + "</p>")
        .contains(">社区居民就医不便，请求增设服务站。</textarea>")
        .contains("<option value=\"HEALTH\" selected>")
        .contains("value=\"" + Browser.hidden(form, "idempotencyKey") + "\"")
        .contains("请修改标出的内容后重新提交。");
  }

  @Test
  void shouldAnswerAnItemTheApiDoesNotShowWithTheNotFoundPage() {
    HttpResponse<String> page = browser.get("/deputy/items/" + ApiStub.UNREADABLE);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>页面不存在</h1>");
  }

  @Test
  void shouldTellThatSomeoneElseChangedTheItemWhenTheApiAnswers412() {
    String page = browser.get("/deputy/items/" + ApiStub.ITEM).body();
    assertThat(page).contains("id=\"evaluation-form\"", "value=\"&quot;3&quot;\"");

    HttpResponse<String> stale =
        browser.postForm(
            "/deputy/items/" + ApiStub.ITEM + "/evaluation",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "etag", "\"2\"",
                "satisfaction", "SATISFIED",
                "comment", "好"));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("该件已被他人修改", "id=\"item-state\">已答复");
  }

  @Test
  void shouldShowThePerformanceRecordOfTheChosenYearWithChineseKindsAndTheScore() {
    ApiStub.RECEIVED.clear();
    HttpResponse<String> page = browser.get("/deputy/record?year=2025");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>2025年履职档案</h1>", "<label for=\"year\">年度</label>")
        .contains("<option value=\"2025\" selected>2025年</option>")
        .contains("<th scope=\"row\">视察</th><td>3</td>")
        .contains("<th scope=\"row\">领衔提出建议</th><td>2</td>")
        .contains("<th scope=\"row\">调研</th><td>0</td>")
        .contains(">17</strong>");
    assertThat(ApiStub.RECEIVED)
        .anyMatch(
            r ->
                r.path()
                    .equals(
                        "/api/v1/deputies/00000000-0000-4000-8000-000000000001"
                            + "/performance-records/2025"));
    assertThat(browser.get("/deputy/record?year=1999").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldEditAReturnedItemWithIfMatchOfTheVersionShown() {
    String item = browser.get("/deputy/items/" + ApiStub.RETURNED_ITEM).body();
    assertThat(item).contains("id=\"edit-item\"", "退回理由：请补充具体地点");
    String form = browser.get("/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit").body();
    assertThat(form)
        .contains("<h1>修改建议</h1>", "value=\"&quot;5&quot;\"", "<option value=\"HEALTH\" selected>");
    ApiStub.RECEIVED.clear();

    HttpResponse<String> saved =
        browser.postForm(
            "/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit",
            Map.of(
                "csrf-token", Browser.csrfToken(form),
                "etag", Browser.hidden(form, "etag").replace("&quot;", "\""),
                "category", "HEALTH",
                "title", "关于在枫泾镇增设社区卫生服务站的建议",
                "content", "枫泾镇居民就医不便。"));

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(Browser.location(saved))
        .endsWith("/deputy/items/" + ApiStub.RETURNED_ITEM + "?notice=saved");
    List<ApiStub.Received> puts =
        ApiStub.received("PUT", "/api/v1/suggestions/" + ApiStub.RETURNED_ITEM);
    assertThat(puts).hasSize(1);
    assertThat(puts.get(0).headers().get("if-match")).isEqualTo("\"5\"");
    assertThat(puts.get(0).body())
        .contains("\"kind\":\"SUGGESTION\"", "\"title\":\"关于在枫泾镇增设社区卫生服务站的建议\"");
  }

  @Test
  void shouldAddFilesToAReturnedItemOnlyWithTheCsrfToken() {
    String item = browser.get("/deputy/items/" + ApiStub.RETURNED_ITEM).body();
    assertThat(item).contains("id=\"attach-form\"", "<label for=\"attachments\">添加附件</label>");
    String key = Browser.hidden(item, "idempotencyKey");
    ApiStub.RECEIVED.clear();
    String path = "/deputy/items/" + ApiStub.RETURNED_ITEM + "/attachments";
    List<Browser.FilePart> files =
        List.of(
            new Browser.FilePart(
                "attachments",
                "map.png",
                "image/png",
                "png".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

    HttpResponse<String> refused =
        browser.postMultipart(path, Map.of("idempotencyKey", key), files);
    HttpResponse<String> attached =
        browser.postMultipart(
            path, Map.of("csrf-token", Browser.csrfToken(item), "idempotencyKey", key), files);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(attached.statusCode()).isEqualTo(303);
    assertThat(Browser.location(attached))
        .endsWith("/deputy/items/" + ApiStub.RETURNED_ITEM + "?notice=attached");
    List<ApiStub.Received> uploads =
        ApiStub.received("POST", "/api/v1/suggestions/" + ApiStub.RETURNED_ITEM + "/attachments");
    assertThat(uploads).hasSize(1);
    assertThat(uploads.get(0).headers().get("idempotency-key")).isEqualTo(key + "-1");
    assertThat(uploads.get(0).body()).contains("filename=\"map.png\"").doesNotContain("replyId");
  }

  @Test
  void shouldShowTheCurrentVersionAndWhatWasTypedWhenTheEditIsStale() {
    String form = browser.get("/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit").body();

    HttpResponse<String> stale =
        browser.postForm(
            "/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit",
            Map.of(
                "csrf-token", Browser.csrfToken(form),
                "etag", "\"4\"",
                "category", "HEALTH",
                "title", "我改过的标题",
                "content", "我改过的内容"));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body())
        .contains("该件已被他人修改", "value=\"&quot;5&quot;\"")
        .contains("value=\"关于增设社区卫生服务站的建议\"", ">社区居民就医不便。</textarea>")
        .contains("您刚才填写的内容", "我改过的标题", "我改过的内容");
  }

  @Test
  void shouldShowTheApisFieldErrorOnTheEditFormAndRefuseItWithoutCsrf() {
    String form = browser.get("/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit").body();
    ApiStub.RECEIVED.clear();
    Map<String, String> fields =
        Map.of("etag", "\"5\"", "category", "HEALTH", "title", "", "content", "仍要修改的内容");

    HttpResponse<String> noToken =
        browser.postForm("/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit", fields);
    assertThat(noToken.statusCode()).isEqualTo(400);
    assertThat(ApiStub.received("PUT", "/api/v1/suggestions/" + ApiStub.RETURNED_ITEM)).isEmpty();

    Map<String, String> withToken = new HashMap<>(fields);
    withToken.put("csrf-token", Browser.csrfToken(form));
    HttpResponse<String> refused =
        browser.postForm("/deputy/items/" + ApiStub.RETURNED_ITEM + "/edit", withToken);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<p id=\"title-error\" class=\"field-error\">" + ApiStub.TITLE_ERROR + "</p>")
        .contains(">仍要修改的内容</textarea>");
  }

  @Test
  void shouldLinkADeputysNotificationsToTheItemPage() {
    ApiStub.notificationsUp = true;
    String inbox = browser.get("/notifications").body();

    assertThat(inbox).contains("href=\"/deputy/items/" + ApiStub.LEAD_ITEM + "\"");
  }

  private static Map<String, String> filled(String form, String title) {
    Map<String, String> fields = new HashMap<>();
    fields.put("csrf-token", Browser.csrfToken(form));
    fields.put("idempotencyKey", Browser.hidden(form, "idempotencyKey"));
    fields.put("kind", "SUGGESTION");
    fields.put("category", "HEALTH");
    fields.put("title", title);
    fields.put("content", "社区居民就医不便，请求增设服务站。");
    fields.put("action", "draft");
    return fields;
  }
}
