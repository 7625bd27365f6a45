package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The login every console user goes through, on the real Keycloak page: a browser that opens a
 * protected page is sent to the realm's login page with PKCE, in the realm's language, accessible,
 * and a person who fills it in is signed in.
 */
class KeycloakLoginPageIT {
  @RegisterExtension final Browsers browsers = new Browsers("keycloak-login");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldSendTheBrowserToAnAccessibleLoginPageWithPkceAndSignIn(Viewport viewport) {
    BrowserSession browser = browsers.open(viewport, "deputy01");
    // Keycloak's own account console: a public client of the realm that logs in with PKCE.
    browser.go(BrowserSession.KEYCLOAK + "/realms/congress/account");

    Map<String, String> authorization = KeycloakLoginPage.awaitShown(browser);
    assertThat(authorization)
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256");
    // S256 of a verifier, base64url without padding: 43 characters.
    assertThat(authorization.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");

    // The realm's login page is in Simplified Chinese (its default locale, and the browser's).
    assertThat(browser.language()).as("lang of the login page").isEqualTo("zh-CN");
    assertThat(browser.text(KeycloakLoginPage.SUBMIT))
        .as("the sign-in button")
        .containsPattern("\\p{IsHan}");
    browser.check("login");

    browser.signIn("deputy01");
    assertThat(browser.url()).startsWith(BrowserSession.KEYCLOAK + "/realms/congress/account");
    browser.screenshot("account");
  }
}
