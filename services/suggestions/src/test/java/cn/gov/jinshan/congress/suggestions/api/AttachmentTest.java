package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.jinshan.congress.suggestions.support.Api;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Attachments of items and replies: type by content, size and count limits (the test profile sets
 * 4,096 bytes and 4 files per item), who may attach when, and that a file is served to exactly
 * those who read the item.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentTest {
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'};
  private static final int MAX_BYTES = 4096;
  private static final int MAX_PER_ITEM = 4;
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  static ValidatableResponse upload(
      String token, UUID item, String name, byte[] content, String type, String replyId) {
    return upload(token, item, name, content, type, replyId, null);
  }

  /** The upload as a browser sends it, with an Idempotency-Key when one is given. */
  static ValidatableResponse upload(
      String token,
      UUID item,
      String name,
      byte[] content,
      String type,
      String replyId,
      String idempotencyKey) {
    String boundary = "----upload" + UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    if (replyId != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"replyId\"\r\n\r\n"
                  + replyId
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    // as browsers send it: the file name in UTF-8, unescaped
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request =
        given()
            .auth()
            .oauth2(token)
            .contentType("multipart/form-data; boundary=" + boundary)
            .body(body.toByteArray());
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.post(BASE + "/" + item + "/attachments").then();
  }

  /** Attaches {@code content} as the given caller; returns the attachment's id. */
  static String attach(String token, UUID item, String name, byte[] content) {
    return upload(token, item, name, content, "application/pdf", null)
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void shouldServeAFileToThoseWhoReadTheItemAndToNobodyElse() throws Exception {
    Flow f = Flow.create().drafted();
    UUID coSigner = f.congress.deputy("王芳");
    String coSignerToken = f.congress.deputyToken(coSigner);
    Api.invite(f.leadToken, f.id, List.of(coSigner));
    Api.accept(coSignerToken, f.id, coSigner);
    String name = "调研报告 2026.pdf";

    var created =
        upload(f.leadToken, f.id, name, PDF, "application/pdf", null)
            .statusCode(201)
            .body("fileName", equalTo(name))
            .body("mediaType", equalTo("application/pdf"))
            .body("sizeBytes", equalTo(PDF.length))
            .body("sha256", equalTo(sha256(PDF)))
            .extract();
    String href = created.path("href");
    assertThat(created.header("Location")).endsWith(href);

    for (String reader :
        List.of(
            f.leadToken,
            coSignerToken,
            f.congress.staffToken,
            Tokens.withRoles(f.congress.id, "auditor"))) {
      get(reader, BASE + "/" + f.id + "/attachments").statusCode(200).body("size()", equalTo(1));
      var file = get(reader, href).statusCode(200).extract();
      assertThat(file.asByteArray()).isEqualTo(PDF);
      assertThat(file.contentType()).isEqualTo("application/pdf");
      assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(file.header("Content-Disposition"))
          .isEqualTo(
              "attachment; filename*=UTF-8''"
                  + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    String stranger = f.congress.deputyToken(f.congress.deputy("赵强"));
    for (String outsider : List.of(stranger, f.leadDeptToken)) {
      get(outsider, BASE + "/" + f.id + "/attachments").statusCode(404);
      get(outsider, href).statusCode(404).contentType(PROBLEM);
    }
    // an attachment is only found under its own item, even by staff who read both
    Flow other = f.another().drafted();
    String elsewhere = BASE + "/" + other.id + "/attachments/" + created.path("id");
    get(f.congress.staffToken, elsewhere).statusCode(404).contentType(PROBLEM);
  }

  @Test
  void shouldRecogniseTheTypeFromTheContentNotTheName() {
    Flow f = Flow.create().drafted();
    upload(
            f.leadToken,
            f.id,
            "a.pdf",
            "只是文字".getBytes(StandardCharsets.UTF_8),
            "application/pdf",
            null)
        .statusCode(415)
        .contentType(PROBLEM)
        .body("type", startsWith("https://"))
        .body(
            "detail",
            equalTo(
                "Only PDF, PNG and JPEG files are accepted (recognised by their content, not their name)."));
    upload(f.leadToken, f.id, "scan.pdf", PNG, "application/pdf", null)
        .statusCode(201)
        .body("mediaType", equalTo("image/png"));
    upload(f.leadToken, f.id, "photo.bin", JPEG, "application/octet-stream", null)
        .statusCode(201)
        .body("mediaType", equalTo("image/jpeg"));
    get(f.leadToken, BASE + "/" + f.id + "/attachments")
        .statusCode(200)
        .body("mediaType", equalTo(List.of("image/png", "image/jpeg")));
  }

  @Test
  void shouldRefuseEmptyOversizedAndMissingFilesWithAProblem() {
    Flow f = Flow.create().drafted();
    upload(f.leadToken, f.id, "empty.pdf", new byte[0], "application/pdf", null)
        .statusCode(400)
        .contentType(PROBLEM);
    upload(f.leadToken, f.id, "big.pdf", pdfOf(MAX_BYTES + 1), "application/pdf", null)
        .statusCode(413)
        .contentType(PROBLEM);
    upload(f.leadToken, f.id, "just.pdf", pdfOf(MAX_BYTES), "application/pdf", null)
        .statusCode(201)
        .body("sizeBytes", equalTo(MAX_BYTES));
    given()
        .auth()
        .oauth2(f.leadToken)
        .multiPart("note", "no file")
        .post(BASE + "/" + f.id + "/attachments")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(f.leadToken)
        .contentType(ContentType.JSON)
        .body(Map.of("file", "x"))
        .post(BASE + "/" + f.id + "/attachments")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
    upload(f.leadToken, f.id, "x.pdf", PDF, "application/pdf", "not-a-uuid")
        .statusCode(400)
        .contentType(PROBLEM);
    // a path in the name is dropped, so is a control character; Chinese stays
    upload(f.leadToken, f.id, "..\\..//etc/材料\u0007.pdf", PDF, "application/pdf", null)
        .statusCode(201)
        .body("fileName", equalTo("材料.pdf"));
  }

  @Test
  void shouldLetOnlyTheLeadAttachToTheItemAndOnlyWhileItCanBeEdited() {
    Flow f = Flow.create().drafted();
    UUID coSigner = f.congress.deputy("钱进");
    String coSignerToken = f.congress.deputyToken(coSigner);
    Api.invite(f.leadToken, f.id, List.of(coSigner));
    Api.accept(coSignerToken, f.id, coSigner);

    upload(coSignerToken, f.id, "a.pdf", PDF, "application/pdf", null).statusCode(403);
    upload(f.congress.staffToken, f.id, "a.pdf", PDF, "application/pdf", null).statusCode(403);
    post(f.leadToken, BASE + "/" + f.id + "/submit", null).statusCode(200);
    upload(f.leadToken, f.id, "a.pdf", PDF, "application/pdf", null)
        .statusCode(409)
        .contentType(PROBLEM);
    post(f.congress.staffToken, BASE + "/" + f.id + "/return", Map.of("reason", "请补充材料"))
        .statusCode(200);
    attach(f.leadToken, f.id, "补充材料.pdf", PDF);
  }

  @Test
  void shouldLetOnlyTheReplyingDepartmentAttachToItsReplyUntilItIsEvaluated() {
    Flow f = Flow.create().inProgress().contacted(TODAY).reply("A");
    String reply = get(f.leadToken, BASE + "/" + f.id + "/replies").extract().path("[0].id");

    upload(f.leadDeptToken, f.id, "答复函.pdf", PDF, "application/pdf", reply)
        .statusCode(201)
        .body("replyId", equalTo(reply));
    upload(f.coDeptToken, f.id, "a.pdf", PDF, "application/pdf", reply).statusCode(403);
    upload(f.leadToken, f.id, "a.pdf", PDF, "application/pdf", reply).statusCode(403);
    upload(f.leadDeptToken, f.id, "a.pdf", PDF, "application/pdf", null).statusCode(403);
    upload(f.leadDeptToken, f.id, "a.pdf", PDF, "application/pdf", UUID.randomUUID().toString())
        .statusCode(404)
        .contentType(PROBLEM);
    Flow other = Flow.in(f.congress).inProgress().contacted(TODAY).reply("A");
    String foreignReply =
        get(other.leadToken, BASE + "/" + other.id + "/replies").extract().path("[0].id");
    upload(f.leadDeptToken, f.id, "a.pdf", PDF, "application/pdf", foreignReply).statusCode(404);

    f.evaluate("SATISFIED");
    upload(f.leadDeptToken, f.id, "a.pdf", PDF, "application/pdf", reply)
        .statusCode(409)
        .contentType(PROBLEM);
    get(f.leadToken, BASE + "/" + f.id + "/attachments")
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].replyId", equalTo(reply));
  }

  @Test
  void shouldNeverLetConcurrentUploadsPassTheLimitPerItem() throws Exception {
    Flow f = Flow.create().drafted();
    int attempts = 2 * MAX_PER_ITEM;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Callable<Integer>> uploads = new ArrayList<>();
      List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int n = 0; n < attempts; n++) {
        String name = "第" + n + "份.pdf";
        uploads.add(
            () -> {
              var answer = upload(f.leadToken, f.id, name, PDF, "application/pdf", null).extract();
              if (answer.statusCode() != 201) {
                refused.add(answer.asString());
              }
              return answer.statusCode();
            });
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> status : pool.invokeAll(uploads)) {
        statuses.add(status.get());
      }
      assertThat(statuses.stream().filter(s -> s == 201).count())
          .as("statuses %s %s", statuses, refused)
          .isEqualTo(MAX_PER_ITEM);
      assertThat(statuses.stream().filter(s -> s == 422).count())
          .isEqualTo(attempts - MAX_PER_ITEM);
    } finally {
      pool.shutdown();
    }
    get(f.leadToken, BASE + "/" + f.id + "/attachments")
        .statusCode(200)
        .body("size()", equalTo(MAX_PER_ITEM));
  }

  @Test
  void shouldStoreAFileOnceForOneIdempotencyKey() {
    Flow f = Flow.create().drafted();
    String key = "upload-" + UUID.randomUUID();
    Supplier<ExtractableResponse<Response>> send =
        () ->
            given()
                .auth()
                .oauth2(f.leadToken)
                .header("Idempotency-Key", key)
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .post(BASE + "/" + f.id + "/attachments")
                .then()
                .statusCode(201)
                .extract();
    String first = send.get().path("id");
    var again = send.get();
    assertThat((String) again.path("id")).isEqualTo(first);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    get(f.leadToken, BASE + "/" + f.id + "/attachments").body("size()", equalTo(1));
  }

  private static byte[] pdfOf(int size) {
    byte[] content = Arrays.copyOf(PDF, size);
    Arrays.fill(content, PDF.length, size, (byte) ' ');
    return content;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
