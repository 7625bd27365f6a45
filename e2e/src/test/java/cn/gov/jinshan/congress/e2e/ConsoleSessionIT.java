package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The console's session as a person sees it, through the gateway: the public home page needs no
 * login; 登录 goes to the realm's login page with PKCE, in Chinese, accessible; after signing in the
 * person is back in the console with a logout link; logging out ends the session (the next
 * protected page asks for the login again).
 */
class ConsoleSessionIT {
  @RegisterExtension final Browsers browsers = new Browsers("console-session");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldLogInThroughKeycloakWithPkceAndLogOut(Viewport viewport) {
    BrowserSession deputy = browsers.open(viewport, "deputy02");
    deputy.go("/");
    assertThat(deputy.language()).isEqualTo("zh-CN");
    assertThat(deputy.present(By.id("logout"))).as("nobody is logged in yet").isFalse();
    deputy.check("home");

    deputy.click(By.id("login"));
    Map<String, String> authorization = KeycloakLoginPage.awaitShown(deputy);
    assertThat(authorization)
        .containsEntry("client_id", "congress-console")
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256");
    // S256 of a verifier, base64url without padding: 43 characters.
    assertThat(authorization.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    // The realm's login page is in Simplified Chinese and accessible like the console's own.
    assertThat(deputy.language()).as("lang of the login page").isEqualTo("zh-CN");
    assertThat(deputy.text(KeycloakLoginPage.SUBMIT)).containsPattern("\\p{IsHan}");
    deputy.check("login");
    deputy.signIn("deputy02");

    deputy.until(
        "back in the console, logged in",
        d -> deputy.url().startsWith(BrowserSession.CONSOLE) && deputy.present(By.id("logout")));
    deputy.check("workspace");

    deputy.click(By.id("logout"));
    deputy.until(
        "logged out, back in the console",
        d -> deputy.url().startsWith(BrowserSession.CONSOLE) && !deputy.present(By.id("logout")));
    // The Keycloak session ended too: a protected page asks for the password again.
    deputy.go("/me");
    KeycloakLoginPage.awaitShown(deputy);
  }
}
