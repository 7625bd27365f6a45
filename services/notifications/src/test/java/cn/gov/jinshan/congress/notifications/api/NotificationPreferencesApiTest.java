package cn.gov.jinshan.congress.notifications.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Own preferences only, defaults until stored, If-Match like every update, Chinese problems. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NotificationPreferencesApiTest {
  private static final String PATH = "/api/v1/notification-preferences";
  private static final String BODY =
      """
      {"defaultChannels":["EMAIL"],
       "channels":{"SUGGESTION_ASSIGNED":["INBOX","SMS"]},
       "dailyDigest":true,
       "quietHours":{"from":"22:00","until":"07:00"}}
      """;

  @Test
  void shouldShowTheDefaultsUntilThePersonStoresTheirOwn() {
    as(person())
        .get(PATH)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("defaultChannels", equalTo(List.of("INBOX", "EMAIL", "SMS")))
        .body("channels", equalTo(Map.of()))
        .body("dailyDigest", equalTo(false))
        .body("quietHours", nullValue());
  }

  @Test
  void shouldStoreOwnPreferencesWithIfMatchAndKeepThemFromOthers() {
    String me = person();
    as(me).contentType(ContentType.JSON).body(BODY).put(PATH).then().statusCode(428);
    as(me)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"3\"")
        .body(BODY)
        .put(PATH)
        .then()
        .statusCode(412);

    as(me)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(BODY)
        .put(PATH)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("defaultChannels", equalTo(List.of("INBOX", "EMAIL")))
        .body("channels.SUGGESTION_ASSIGNED", equalTo(List.of("INBOX", "SMS")))
        .body("dailyDigest", equalTo(true))
        .body("quietHours.from", equalTo("22:00"))
        .body("quietHours.until", equalTo("07:00"));
    as(me).get(PATH).then().header("ETag", "\"1\"").body("dailyDigest", equalTo(true));
    // a stale tag after the write, and somebody else still has the defaults
    as(me)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(BODY)
        .put(PATH)
        .then()
        .statusCode(412);
    as(person()).get(PATH).then().header("ETag", "\"0\"").body("dailyDigest", equalTo(false));
  }

  @Test
  void shouldRefuseBadPreferencesInChinese() {
    String me = person();
    put(me, BODY.replace("\"07:00\"", "\"22:00\""))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("免打扰时段的开始时间和结束时间不能相同。"));
    put(me, BODY.replace("SUGGESTION_ASSIGNED", "suggestion assigned"))
        .statusCode(400)
        .body("detail", containsString("不是通知类型"));
    put(me, BODY.replace("[\"EMAIL\"]", "[\"FAX\"]")).statusCode(400);
    put(me, BODY.replace("\"22:00\"", "\"25:00\"")).statusCode(400);
    put(me, "{\"defaultChannels\":[\"EMAIL\"]}")
        .statusCode(400)
        .body("title", equalTo("请求内容不符合要求"))
        .body("errors[0].field", containsString("dailyDigest"));
    as(me).get(PATH).then().header("ETag", "\"0\"");
  }

  @Test
  void shouldRefuseAnonymousCallers() {
    given().get(PATH).then().statusCode(401);
  }

  private io.restassured.response.ValidatableResponse put(String person, String body) {
    return as(person)
        .header("Accept-Language", "zh-CN")
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .put(PATH)
        .then();
  }

  private static String person() {
    return UUID.randomUUID().toString();
  }

  private static RequestSpecification as(String subject) {
    return given().auth().oauth2(Tokens.token(subject, Outgoings.CONGRESS, Map.of(), "deputy"));
  }
}
