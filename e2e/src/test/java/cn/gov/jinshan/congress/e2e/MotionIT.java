package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import cn.gov.jinshan.congress.testing.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3 (议案): a motion needs 10 deputies jointly (lead included). One motion, led by deputy10
 * with 10 co-signers, is accepted (立案); another, led by deputy21, is refused at 9 deputies,
 * submitted at 10 and converted to a suggestion (转为建议) that keeps its authors and is then
 * registered.
 */
class MotionIT {
  private static final Duration EVENTS = Duration.ofSeconds(60);

  @Test
  void shouldAcceptAMotionWithTenCoSignersAndConvertAnotherToASuggestion() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);

    String accepted = motion(10, "关于制定金山区历史风貌保护条例的议案 " + run);
    invite(accepted, 10, range(11, 20));
    range(11, 20).forEach(n -> answer(accepted, n));
    SuggestionLifecycleIT.transition(Users.deputy(10), accepted, "submit", null)
        .body("state", equalTo("SUBMITTED"))
        .body("coSigners.findAll { it.status == 'ACCEPTED' }", hasSize(10));
    transitionMotion(accepted, "acceptance").statusCode(200).body("state", equalTo("ACCEPTED"));

    String converted = motion(21, "关于加快金山区农村生活污水治理的议案 " + run);
    invite(converted, 21, range(22, 30));
    range(22, 29).forEach(n -> answer(converted, n));
    // Lead + 8 = 9 deputies: refused, and it stays a draft.
    String etag = etag(Users.deputy(21), converted);
    Gateway.as(Users.deputy(21))
        .header("If-Match", etag)
        .post("/api/v1/suggestions/{id}/submit", converted)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    answer(converted, 30);
    SuggestionLifecycleIT.transition(Users.deputy(21), converted, "submit", null)
        .body("state", equalTo("SUBMITTED"));
    String suggestion =
        transitionMotion(converted, "conversion")
            .statusCode(201)
            .body("kind", equalTo("SUGGESTION"))
            .body("state", equalTo("SUBMITTED"))
            .body("convertedFromId", equalTo(converted))
            .body("leadDeputy.id", equalTo(DevDeputies.id(21).toString()))
            .body("coSigners.findAll { it.status == 'ACCEPTED' }", hasSize(9))
            .extract()
            .path("id");
    Gateway.as("staff1")
        .get("/api/v1/suggestions/{id}", converted)
        .then()
        .statusCode(200)
        .body("state", equalTo("CONVERTED"))
        .body("convertedToId", equalTo(suggestion));
    // A converted motion is not accepted any more; the suggestion is handled as one.
    transitionMotion(converted, "acceptance")
        .statusCode(409)
        .contentType("application/problem+json");
    SuggestionLifecycleIT.transition("staff1", suggestion, "registration", null)
        .body("state", equalTo("REGISTERED"))
        .body("registrationNumber", matchesPattern("\\d+-\\d+-\\d{4}"));

    assertThat(
            Poll.until(
                EVENTS,
                () ->
                    Audit.types(Audit.history("motion", accepted)).contains("MotionAccepted")
                        && Audit.types(Audit.history("motion", converted))
                            .contains("MotionConverted")))
        .as("MotionAccepted and MotionConverted in the audit ledger")
        .isTrue();
  }

  private static String motion(int lead, String title) {
    return Gateway.as(Users.deputy(lead))
        .body(
            Map.of(
                "kind", "MOTION",
                "title", title,
                "content", "案由、依据和方案：……（系统测试）",
                "category", "URBAN_CONSTRUCTION"))
        .post("/api/v1/suggestions")
        .then()
        .statusCode(201)
        .body("kind", equalTo("MOTION"))
        .extract()
        .path("id");
  }

  private static void invite(String item, int lead, List<Integer> deputies) {
    Gateway.as(Users.deputy(lead))
        .body(
            Map.of("deputyIds", deputies.stream().map(n -> DevDeputies.id(n).toString()).toList()))
        .post("/api/v1/suggestions/{id}/co-signers", item)
        .then()
        .statusCode(200);
  }

  private static void answer(String item, int deputy) {
    Gateway.as(Users.deputy(deputy))
        .body(Map.of("accept", true))
        .post("/api/v1/suggestions/{id}/co-signers/{d}/answer", item, DevDeputies.id(deputy))
        .then()
        .statusCode(200);
  }

  private static String etag(String user, String item) {
    return Gateway.as(user)
        .get("/api/v1/suggestions/{id}", item)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static io.restassured.response.ValidatableResponse transitionMotion(
      String item, String action) {
    return Gateway.as("staff1")
        .header("If-Match", etag("staff1", item))
        .post("/api/v1/motions/{id}/" + action, item)
        .then();
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      out.add(n);
    }
    return out;
  }
}
