package cn.gov.jinshan.congress.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handling unit (dept-health, logged in through the real Keycloak) on its task pages: the
 * extension request of the lead unit, the co-handler's opinion, reply attachments and downloads
 * streamed by the console; against {@link ApiStub}, which records what the console sent.
 */
@QuarkusTest
@QuarkusTestResource(ApiStub.class)
class DepartmentPagesTest {
  private static final String LEAD_PAGE = "/department/tasks/" + ApiStub.LEAD_ITEM;
  private static final String CO_PAGE = "/department/tasks/" + ApiStub.CO_ITEM;

  @TestHTTPResource("/")
  URL root;

  Browser browser;

  @BeforeEach
  void logIn() {
    browser = new Browser(root.getPort());
    HttpResponse<String> home = browser.login("dept-health");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("<h1>办理任务</h1>");
  }

  @Test
  void shouldShowTheLeadUnitItsExtensionRequestsTheFormAndTheFilesInChinese() {
    HttpResponse<String> page = browser.get(LEAD_PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h2>延期申请</h2>", "2025年6月30日", "需协调市级部门", "待审批")
        .contains("id=\"extension-form\"", "<label for=\"newDueOn\">申请延至</label>")
        .contains("<label for=\"extensionReason\">延期理由</label>")
        .contains("enctype=\"multipart/form-data\" id=\"reply-form\"")
        .contains("PDF、PNG、JPEG 格式，每个不超过 10MB")
        .contains(
            "href=\"/items/" + ApiStub.LEAD_ITEM + "/attachments/" + ApiStub.ATTACHMENT + "\"",
            "材料.pdf",
            "答复.pdf",
            "（20 KB）")
        .contains("action=\"/department/tasks/" + ApiStub.LEAD_ITEM + "/replies/" + ApiStub.REPLY)
        .doesNotContain("id=\"opinion-form\"", "/api/v1/");
    assertThat(page.body().split("<h1>", -1)).hasSize(2);
  }

  @Test
  void shouldOfferTheOpinionToACoHandlerOnly() {
    String co = browser.get(CO_PAGE).body();

    assertThat(co)
        .contains("<h2>协办意见</h2>", "id=\"opinion-form\"", "<label for=\"opinion\">")
        .doesNotContain("id=\"extension-form\"", "id=\"reply-form\"");
  }

  @Test
  void shouldRefuseAnExtensionRequestWithoutItsCsrfToken() {
    browser.get(LEAD_PAGE);
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postForm(
            LEAD_PAGE + "/extension-requests",
            Map.of("newDueOn", "2025-06-30", "extensionReason", "需协调"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>");
    assertThat(posted("/extension-requests")).isEmpty();
  }

  @Test
  void shouldSendTheExtensionRequestAndShowTheApisFieldErrorNextToTheReason() {
    String page = browser.get(LEAD_PAGE).body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> sent =
        browser.postForm(
            LEAD_PAGE + "/extension-requests",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "newDueOn", "2025-06-30",
                "extensionReason", "需协调市级部门"));
    HttpResponse<String> refused =
        browser.postForm(
            LEAD_PAGE + "/extension-requests",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "newDueOn", "2025-07-31",
                "extensionReason", " "));

    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(Browser.location(sent)).endsWith(LEAD_PAGE + "?notice=extension-requested");
    List<ApiStub.Received> calls = posted("/extension-requests");
    assertThat(calls).hasSize(2);
    assertThat(new JsonObject(calls.get(0).body()).getMap())
        .containsEntry("newDueOn", "2025-06-30")
        .containsEntry("reason", "需协调市级部门");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "<p id=\"extensionReason-error\" class=\"field-error\">"
                + ApiStub.REASON_ERROR
                + "</p>")
        .contains("id=\"newDueOn\" name=\"newDueOn\" value=\"2025-07-31\"")
        .contains("<details open>");
  }

  @Test
  void shouldRefuseAnOpinionWithoutItsCsrfToken() {
    browser.get(CO_PAGE);
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused = browser.postForm(CO_PAGE + "/opinion", Map.of("opinion", "同意"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<h1>请求无效</h1>");
    assertThat(posted("/opinion")).isEmpty();
  }

  @Test
  void shouldSendTheCoHandlersOpinionForItsOwnTask() {
    String page = browser.get(CO_PAGE).body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> empty =
        browser.postForm(
            CO_PAGE + "/opinion", Map.of("csrf-token", Browser.csrfToken(page), "opinion", ""));
    HttpResponse<String> given =
        browser.postForm(
            CO_PAGE + "/opinion",
            Map.of("csrf-token", Browser.csrfToken(page), "opinion", "建议与街道共建。"));

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body())
        .contains(
            "<p id=\"opinion-error\" class=\"field-error\">" + ApiStub.OPINION_ERROR + "</p>");
    assertThat(given.statusCode()).isEqualTo(303);
    assertThat(Browser.location(given)).endsWith(CO_PAGE + "?notice=opinion-given");
    List<ApiStub.Received> calls =
        ApiStub.received(
            "POST",
            "/api/v1/suggestions/" + ApiStub.CO_ITEM + "/tasks/" + ApiStub.CO_TASK + "/opinion");
    assertThat(calls).hasSize(2);
    assertThat(new JsonObject(calls.get(1).body()).getString("text")).isEqualTo("建议与街道共建。");
  }

  @Test
  void shouldPostTheReplyThenUploadItsFilesToThatReplyWithKeysFromTheForm() {
    String page = browser.get(LEAD_PAGE).body();
    String key = Browser.hidden(page, "idempotencyKey");
    ApiStub.RECEIVED.clear();

    HttpResponse<String> replied =
        browser.postMultipart(
            LEAD_PAGE + "/replies",
            Map.of(
                "csrf-token", Browser.csrfToken(page),
                "idempotencyKey", key,
                "replyClass", "A",
                "content", "已增设服务站。",
                "signedBy", "张三"),
            List.of(
                new Browser.FilePart(
                    "attachments",
                    "reply.pdf",
                    "application/pdf",
                    ApiStub.PDF.getBytes(StandardCharsets.US_ASCII))));

    assertThat(replied.statusCode()).isEqualTo(303);
    assertThat(Browser.location(replied)).endsWith(LEAD_PAGE + "?notice=replied");
    assertThat(posted("/replies")).hasSize(1);
    List<ApiStub.Received> uploads = posted("/attachments");
    assertThat(uploads).hasSize(1);
    assertThat(uploads.get(0).headers().get("idempotency-key")).isEqualTo(key + "-1");
    assertThat(uploads.get(0).headers().get("authorization")).startsWith("Bearer ");
    assertThat(uploads.get(0).body())
        .contains("name=\"replyId\"", ApiStub.NEW_REPLY, "filename=\"reply.pdf\"", ApiStub.PDF);
  }

  @Test
  void shouldRefuseAReplyAttachmentWithoutItsCsrfToken() {
    String page = browser.get(LEAD_PAGE).body();
    ApiStub.RECEIVED.clear();

    HttpResponse<String> refused =
        browser.postMultipart(
            LEAD_PAGE + "/replies/" + ApiStub.REPLY + "/attachments",
            Map.of("idempotencyKey", Browser.hidden(page, "idempotencyKey")),
            List.of(
                new Browser.FilePart(
                    "attachments", "more.pdf", "application/pdf", ApiStub.PDF.getBytes())));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(posted("/attachments")).isEmpty();
  }

  @Test
  void shouldStreamAnAttachmentFetchedWithTheUsersTokenNeverGivingTheTokenToTheBrowser() {
    ApiStub.RECEIVED.clear();

    HttpResponse<String> file =
        browser.get("/items/" + ApiStub.LEAD_ITEM + "/attachments/" + ApiStub.ATTACHMENT);

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(ApiStub.PDF);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename*=UTF-8''%E6%9D%90%E6%96%99.pdf");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    List<ApiStub.Received> calls =
        ApiStub.received(
            "GET",
            "/api/v1/suggestions/" + ApiStub.LEAD_ITEM + "/attachments/" + ApiStub.ATTACHMENT);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).headers().get("authorization")).startsWith("Bearer ");
    assertThat(file.headers().map().toString()).doesNotContain("Bearer");
  }

  @Test
  void shouldAnswerAnAttachmentTheApiDoesNotShowWithTheNotFoundPage() {
    HttpResponse<String> missing =
        browser.get(
            "/items/" + ApiStub.LEAD_ITEM + "/attachments/9c000000-0000-4000-8000-0000000000ff");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<h1>页面不存在</h1>");
  }

  private static List<ApiStub.Received> posted(String suffix) {
    return ApiStub.RECEIVED.stream()
        .filter(r -> r.method().equals("POST") && r.path().endsWith(suffix))
        .toList();
  }
}
