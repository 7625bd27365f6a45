package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: a fresh headless Chromium (own profile, so own cookies and session) at a
 * desktop or phone width, in Simplified Chinese. Debian's Chromium and ChromeDriver are given
 * explicitly (infra/local/browser.sh installs them) and Selenium Manager stays offline (SE_OFFLINE
 * in the e2e profile): nothing is downloaded.
 *
 * <p>Every wait polls with a deadline; a scenario never sleeps.
 */
final class BrowserSession implements AutoCloseable {
  static final String CONSOLE = Gateway.BASE_URL;
  static final String KEYCLOAK =
      "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
  private static final String CHROMIUM =
      System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration POLL = Duration.ofMillis(100);

  /**
   * Text that only an error page shows (the console's 403/404 pages, Quarkus' and the gateway's
   * error pages, Keycloak's error page, a raw problem+json body).
   */
  private static final List<String> ERROR_PAGE_MARKERS =
      List.of(
          "页面不存在",
          "无权访问",
          "禁止访问",
          "服务器错误",
          "Internal Server Error",
          "Bad Gateway",
          "Service Unavailable",
          "Error id",
          "Exception",
          "\"status\":",
          "We are sorry",
          "很抱歉");

  final String scenario;
  final Viewport viewport;
  final String who;
  private final ChromeDriver driver;

  private BrowserSession(String scenario, Viewport viewport, String who, ChromeDriver driver) {
    this.scenario = scenario;
    this.viewport = viewport;
    this.who = who;
    this.driver = driver;
  }

  /**
   * A new browser for one person of a scenario; {@code who} names its screenshots (e.g. the login).
   */
  static BrowserSession open(String scenario, Viewport viewport, String who) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--lang=zh-CN");
    Map<String, Object> prefs = new HashMap<>();
    // --lang sets the UI language; the Accept-Language header comes from this preference.
    prefs.put("intl.accept_languages", "zh-CN,zh");
    prefs.put("credentials_enable_service", false);
    prefs.put("profile.password_manager_enabled", false);
    options.setExperimentalOption("prefs", prefs);
    if (viewport == Viewport.PHONE) {
      // Headless Chromium will not make a window narrower than 500 px: a phone is emulated.
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  viewport.width,
                  "height",
                  viewport.height,
                  "pixelRatio",
                  2.0,
                  "touch",
                  true,
                  "mobile",
                  true)));
    } else {
      options.addArguments("--window-size=" + viewport.width + "," + viewport.height);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            // Chromium on Linux takes its interface language (date fields, …) from the environment.
            .withEnvironment(Map.of("LANGUAGE", "zh_CN:zh", "LANG", "zh_CN.UTF-8"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    BrowserSession session = new BrowserSession(scenario, viewport, who, driver);
    if (viewport == Viewport.DESKTOP) {
      session.fitViewport();
    }
    return session;
  }

  /** --window-size sizes the window; the page's viewport is what a person sees. */
  private void fitViewport() {
    long innerHeight = ((Number) js("return window.innerHeight")).longValue();
    long innerWidth = ((Number) js("return window.innerWidth")).longValue();
    Dimension window = driver.manage().window().getSize();
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(
                window.width + viewport.width - (int) innerWidth,
                window.height + viewport.height - (int) innerHeight));
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a console path ("/deputy/items") or an absolute address, and waits for the page. */
  BrowserSession go(String pathOrUrl) {
    long t0 = System.nanoTime();
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : CONSOLE + pathOrUrl);
    long t1 = System.nanoTime();
    waitForPage();
    System.out.printf(
        "TIMING go %s: get %d ms, wait %d ms%n",
        pathOrUrl, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    return this;
  }

  /** Waits until the document is loaded and shows some text (some pages render after load). */
  void waitForPage() {
    until(
        "the page has loaded and shows text",
        d ->
            "complete".equals(js("return document.readyState"))
                && !String.valueOf(js("return document.body ? document.body.innerText : ''"))
                    .isBlank());
  }

  <T> T until(String what, ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, WAIT, POLL)
        .withMessage(() -> what + " (at " + driver.getCurrentUrl() + ", " + who + ")")
        .until(condition);
  }

  /** The element once visible. */
  WebElement find(By by) {
    return until("visible: " + by, ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  void click(By by) {
    until("clickable: " + by, ExpectedConditions.elementToBeClickable(by)).click();
  }

  /**
   * Clicks a button that sends a form and waits for the page that answers it: the old page must be
   * gone first, so nothing is read from it by mistake.
   */
  void submit(By button) {
    WebElement element =
        until("clickable: " + button, ExpectedConditions.elementToBeClickable(button));
    element.click();
    until("the answer to " + button, d -> gone(element));
    waitForPage();
  }

  /**
   * True once the element's page has been replaced. Chromium sometimes answers a node of a document
   * being replaced with an inspector error instead of a stale-element one.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }
  }

  /** Replaces the field's content with the text, as a person typing it. */
  void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  /** Chooses the option with that value in a select. */
  void select(By by, String value) {
    new Select(find(by)).selectByValue(value);
  }

  String text(By by) {
    return find(by).getText();
  }

  String value(By by) {
    return find(by).getDomProperty("value");
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String language() {
    return String.valueOf(js("return document.documentElement.lang"));
  }

  String bodyText() {
    return String.valueOf(js("return document.body ? document.body.innerText : ''"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Signs in on the real Keycloak page the browser is on now. */
  void signIn(String username) {
    KeycloakLoginPage.signIn(this, username);
  }

  /**
   * The checks every page of a scenario gets: axe-core (no serious or critical WCAG 2.1 AA
   * violation), then a screenshot that must be neither blank nor an error page.
   */
  Path check(String page) {
    long start = System.nanoTime();
    Accessibility.check(driver, describe(page));
    Path file = screenshot(page);
    // The suite's wall time is mostly these checks: one line per page shows where it goes.
    System.out.printf(
        "checked %s/%s/%s in %d ms%n",
        scenario, viewport.width, file.getFileName(), (System.nanoTime() - start) / 1_000_000);
    return file;
  }

  /** A screenshot of a page that must not be an error page (nor blank). */
  Path screenshot(String page) {
    waitForPage();
    String text = bodyText();
    for (String marker : ERROR_PAGE_MARKERS) {
      assertThat(text)
          .as("%s must not be an error page (%s)", describe(page), url())
          .doesNotContain(marker);
    }
    return Screenshots.write(scenario, viewport, who + "-" + page, pngOfTheViewport());
  }

  /** A screenshot of an error page the scenario expects, with its title checked. */
  Path screenshotOfErrorPage(String page, String expectedTitle) {
    waitForPage();
    assertThat(text(By.tagName("h1"))).as("title of %s", describe(page)).isEqualTo(expectedTitle);
    return Screenshots.write(scenario, viewport, who + "-" + page, pngOfTheViewport());
  }

  byte[] pngOfTheViewport() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  private String describe(String page) {
    return "page '" + page + "' of " + who + " at " + viewport;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
