package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * The realm's real login page, filled in as a person does: no token is ever injected into the
 * browser. The dev realm's password is the username + "-pass".
 */
final class KeycloakLoginPage {
  static final By USERNAME = By.id("username");
  static final By PASSWORD = By.id("password");
  static final By SUBMIT = By.id("kc-login");
  private static final By ERROR = By.id("input-error");

  private KeycloakLoginPage() {}

  /** Waits for the login form and returns the query of the authorization request that led to it. */
  static Map<String, String> awaitShown(BrowserSession browser) {
    browser.until(
        "Keycloak's login page",
        d -> browser.url().startsWith(BrowserSession.KEYCLOAK) && browser.present(PASSWORD));
    browser.find(USERNAME);
    return query(browser.url());
  }

  static void signIn(BrowserSession browser, String username) {
    awaitShown(browser);
    browser.type(USERNAME, username);
    browser.type(PASSWORD, username + "-pass");
    browser.click(SUBMIT);
    // Done when the form is gone; a refused login shows the form again, with an error.
    browser.until(
        "login of " + username + " accepted or refused",
        d -> !browser.present(PASSWORD) || browser.present(ERROR));
    assertThat(browser.present(ERROR))
        .as("Keycloak refused the login of %s: %s", username, browser.bodyText())
        .isFalse();
    browser.waitForPage();
  }

  static Map<String, String> query(String url) {
    Map<String, String> query = new HashMap<>();
    String raw = URI.create(url).getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
