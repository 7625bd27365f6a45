package cn.gov.jinshan.congress.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The public pages against the real Keycloak of the running stack (no login needed). */
@QuarkusTest
class HomePageTest {

  @Test
  void shouldRenderThePublicHomePageInChinese() {
    given()
        .redirects()
        .follow(false)
        .get("/")
        .then()
        .statusCode(200)
        .header("Content-Type", containsString("charset=UTF-8"))
        .body(containsString("<html lang=\"zh-CN\">"))
        .body(containsString("<main id=\"main\">"))
        .body(containsString("id=\"notice\" role=\"status\""))
        .body(containsString("<h1>欢迎使用代表履职平台</h1>"))
        .body(containsString("href=\"/public/replies\">已公开答复"))
        .body(containsString("href=\"/public/projects\">民心工程"))
        .body(containsString("href=\"/login\">登录"))
        .body(not(containsString("id=\"logout\"")));
  }

  @Test
  void shouldServeHtmxAndTheStylesFromTheConsoleItself() {
    given()
        .get("/webjars/htmx.org/dist/htmx.min.js")
        .then()
        .statusCode(200)
        .body(containsString("htmx"));
    given().get("/css/console.css").then().statusCode(200).body(containsString("focus"));
  }

  @Test
  void shouldAnswerAnUnknownAddressWithTheChineseNotFoundPage() {
    given()
        .get("/public/no-such-page")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("<h1>页面不存在</h1>"))
        .body(not(containsString("Exception")));
  }

  @Test
  void shouldSendAnAnonymousVisitorOfAWorkspaceToTheLoginPage() {
    given()
        .redirects()
        .follow(false)
        .get("/login")
        .then()
        .statusCode(302)
        .header("Location", containsString("/realms/congress/protocol/openid-connect/auth"))
        .header("Location", containsString("code_challenge_method=S256"))
        .header("Location", containsString("client_id=congress-console"));
  }
}
