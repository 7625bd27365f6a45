package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer that changes an item carries the item's new ETag (and the item or a link to it), so
 * that the next step can send If-Match without reading the item again.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OneStepOneReadTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String today() {
    return LocalDate.ofInstant(clock.instant(), CHINA).toString();
  }

  private static ExtractableResponse<Response> send(
      String token, String path, Object body, int status) {
    var request = given().auth().oauth2(token);
    if (body != null) {
      request.contentType("application/json").body(body);
    }
    return request.post(path).then().statusCode(status).extract();
  }

  /** The answer's ETag is the item's current one, new after the step, and it links the item. */
  private static String assertCarriesNewEtag(
      Flow flow, ExtractableResponse<Response> answer, String before) {
    String etag = answer.header("ETag");
    String current =
        given().auth().oauth2(flow.congress.staffToken).get(BASE + "/" + flow.id).header("ETag");
    assertThat(etag).as("ETag of %s", answer.body().asString()).isEqualTo(current);
    assertThat(etag).isNotEqualTo(before);
    boolean carriesItem = flow.id.toString().equals(answer.path("id"));
    if (!carriesItem) {
      assertThat(answer.header("Link")).contains(BASE + "/" + flow.id + ">").contains("rel=\"up\"");
    }
    return etag;
  }

  @Test
  void shouldAnswerEveryDepartmentStepWithTheItemsNewEtag() {
    Flow flow = Flow.create().assigned();
    String item = BASE + "/" + flow.id;
    String etag =
        given().auth().oauth2(flow.congress.staffToken).get(item).then().extract().header("ETag");

    etag =
        assertCarriesNewEtag(
            flow,
            send(flow.leadDeptToken, item + "/tasks/" + flow.leadTask + "/sign-for", null, 200),
            etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(flow.coDeptToken, item + "/tasks/" + flow.coTask + "/sign-for", null, 200),
            etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(
                flow.coDeptToken,
                item + "/tasks/" + flow.coTask + "/opinion",
                Map.of("text", "同意主办单位意见"),
                200),
            etag);
    var requested =
        send(
            flow.leadDeptToken,
            item + "/extension-requests",
            Map.of(
                "newDueOn",
                LocalDate.ofInstant(clock.instant(), CHINA).plusMonths(4).toString(),
                "reason",
                "需协调资金"),
            201);
    etag = assertCarriesNewEtag(flow, requested, etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(
                flow.congress.staffToken,
                item + "/extension-requests/" + requested.path("id") + "/decision",
                Map.of("approve", false),
                200),
            etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(
                flow.leadDeptToken,
                item + "/contacts",
                Map.of("contactedOn", today(), "way", "PHONE", "summary", "电话沟通"),
                201),
            etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(
                flow.leadDeptToken,
                item + "/replies",
                Map.of(
                    "replyClass",
                    "B",
                    "text",
                    "列入计划",
                    "publishable",
                    true,
                    "promisedOn",
                    "2027-06-30",
                    "signedBy",
                    "王局长"),
                201),
            etag);
    var attached =
        given()
            .auth()
            .oauth2(flow.leadDeptToken)
            .multiPart("file", "答复函.pdf", AttachmentTest.PDF, "application/pdf")
            .multiPart(
                "replyId",
                (String)
                    given()
                        .auth()
                        .oauth2(flow.leadDeptToken)
                        .get(item + "/replies")
                        .then()
                        .extract()
                        .path("[0].id"))
            .post(item + "/attachments")
            .then()
            .statusCode(201)
            .extract();
    etag = assertCarriesNewEtag(flow, attached, etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(flow.leadDeptToken, item + "/follow-ups", Map.of("fulfilledOn", today()), 200),
            etag);
    etag =
        assertCarriesNewEtag(
            flow,
            send(flow.leadToken, item + "/evaluation", Map.of("result", "SATISFIED"), 200),
            etag);
  }

  @Test
  void shouldAnswerASendBackWithTheItemsNewEtag() {
    Flow flow = Flow.create().assigned();
    String item = BASE + "/" + flow.id;
    String etag =
        given().auth().oauth2(flow.congress.staffToken).get(item).then().extract().header("ETag");
    assertCarriesNewEtag(
        flow,
        send(
            flow.leadDeptToken,
            item + "/tasks/" + flow.leadTask + "/send-back",
            Map.of("reason", "非本单位职责"),
            200),
        etag);
  }
}
