package cn.gov.jinshan.congress.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one scenario run, one per person, closed when the test ends. When the test fails,
 * each browser's last page is kept first (failure-&lt;who&gt;.png and .html beside the scenario's
 * screenshots, with the address in the HTML's first line): what the person saw is the fastest way
 * to the cause.
 *
 * <pre>
 * &#64;RegisterExtension final Browsers browsers = new Browsers("lifecycle");
 * BrowserSession deputy = browsers.open(viewport, "deputy11");
 * </pre>
 */
final class Browsers implements AfterTestExecutionCallback {
  private final String scenario;
  private final List<BrowserSession> open = new ArrayList<>();

  Browsers(String scenario) {
    this.scenario = scenario;
  }

  BrowserSession open(Viewport viewport, String who) {
    BrowserSession session = BrowserSession.open(scenario, viewport, who);
    open.add(session);
    return session;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    try {
      if (context.getExecutionException().isPresent()) {
        for (BrowserSession session : open) {
          keepLastPage(session);
        }
      }
    } finally {
      for (BrowserSession session : open) {
        session.close();
      }
      open.clear();
    }
  }

  private static void keepLastPage(BrowserSession session) {
    try {
      Path dir = Screenshots.folder(session.scenario, session.viewport);
      Files.createDirectories(dir);
      Files.write(dir.resolve("failure-" + session.who + ".png"), session.pngOfTheViewport());
      Files.writeString(
          dir.resolve("failure-" + session.who + ".html"),
          "<!-- " + session.url() + " -->\n" + session.driver().getPageSource(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // Keeping the evidence must not hide the test's own failure.
      System.err.println("could not keep the last page of " + session.who + ": " + e);
    }
  }
}
