package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aMotion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Chinese problem details name states, kinds, actions, classes by their Chinese names. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ChineseMessagesTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final List<String> VERBS =
      List.of("submit", "register", "sign-for", "accept", "evaluate", "send-back");

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static String zh(String token, String method, String path, Object body) {
    var request = given().auth().oauth2(token).header("Accept-Language", "zh-CN");
    if (body != null) {
      request.contentType("application/json").body(body);
    }
    var response = request.request(method, path).then().contentType("application/problem+json");
    return response.extract().path("detail");
  }

  @Test
  void shouldNameStatesActionsAndClassesInChineseNeverByTheirCodes() {
    List<String> details = new ArrayList<>();
    Flow flow = Flow.create().submitted();
    String item = BASE + "/" + flow.id;

    String submitted = zh(flow.leadToken, "POST", item + "/submit", null);
    assertThat(submitted).contains("已提交").contains("提交");
    details.add(submitted);

    Flow draft = flow.another().drafted();
    String registerDraft =
        zh(flow.congress.staffToken, "POST", BASE + "/" + draft.id + "/registration", null);
    assertThat(registerDraft).contains("草稿").contains("立案");
    details.add(registerDraft);

    UUID motion = draft(flow.leadToken, aMotion());
    String motionRegistration =
        zh(flow.congress.staffToken, "POST", BASE + "/" + motion + "/registration", null);
    assertThat(motionRegistration).contains("议案");
    details.add(motionRegistration);

    Flow handled = flow.another().inProgress();
    String signedTwice =
        zh(
            handled.leadDeptToken,
            "POST",
            BASE + "/" + handled.id + "/tasks/" + handled.leadTask + "/sign-for",
            null);
    assertThat(signedTwice).contains("已签收").contains("签收");
    details.add(signedTwice);

    handled.contacted(LocalDate.ofInstant(clock.instant(), CHINA).toString()).reply("C");
    String followUp =
        zh(
            handled.leadDeptToken,
            "POST",
            BASE + "/" + handled.id + "/follow-ups",
            Map.of("fulfilledOn", LocalDate.ofInstant(clock.instant(), CHINA).toString()));
    assertThat(followUp).contains("因条件限制需今后研究解决");
    details.add(followUp);

    handled.evaluate("SATISFIED");
    String evaluatedTwice =
        zh(
            handled.leadToken,
            "POST",
            BASE + "/" + handled.id + "/evaluation",
            Map.of("result", "SATISFIED"));
    assertThat(evaluatedTwice).contains("已办结").contains("满意度测评");
    details.add(evaluatedTwice);

    UUID suspended = flow.congress.deputy("赵敏");
    flow.congress.changeStatus(suspended, "SUSPENDED");
    Flow open = flow.another().drafted();
    String invite =
        zh(
            open.leadToken,
            "POST",
            BASE + "/" + open.id + "/co-signers",
            Map.of("deputyIds", List.of(suspended)));
    assertThat(invite).contains("暂停执行代表职务");
    details.add(invite);

    String missing = zh(flow.leadToken, "GET", BASE + "/" + UUID.randomUUID(), null);
    assertThat(missing).contains("建议");
    details.add(missing);

    assertThat(details)
        .allSatisfy(
            d -> {
              assertThat(d).doesNotContainPattern("[A-Z]{2,}");
              VERBS.forEach(v -> assertThat(d).doesNotContain(v));
            });
  }

  @Test
  void shouldKeepCodesInEnglishMessages() {
    Flow flow = Flow.create().submitted();
    post(flow.leadToken, BASE + "/" + flow.id + "/submit", null)
        .statusCode(409)
        .body("detail", containsString("SUBMITTED"))
        .body("detail", containsString("submit"));
  }
}
