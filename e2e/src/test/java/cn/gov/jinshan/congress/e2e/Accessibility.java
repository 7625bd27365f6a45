package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core check of a page: WCAG 2.1 level A and AA rules (the console's target), and no
 * violation of serious or critical impact. Minor and moderate findings are not failures. The script
 * is Deque's bundled axe-core, injected by the test: nothing is loaded from the network.
 */
final class Accessibility {
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  private Accessibility() {}

  /** Fails with a readable list when the current page has serious or critical violations. */
  static void check(WebDriver driver, String page) {
    check(driver, page, List.of());
  }

  /**
   * As {@link #check(WebDriver, String)}, without the given rules: only for pages outside the
   * project's control (Keycloak's own), each exclusion explained where it is made.
   */
  static void check(WebDriver driver, String page, List<String> rulesOutsideOurControl) {
    AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
    if (!rulesOutsideOurControl.isEmpty()) {
      axe.disableRules(rulesOutsideOurControl);
    }
    Results results = axe.analyze(driver);
    if (results.isErrored()) {
      fail("axe-core could not check %s: %s", page, results.getErrorMessage());
    }
    List<Rule> failing =
        results.getViolations().stream()
            .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
            .toList();
    if (!failing.isEmpty()) {
      fail(
          "%d serious or critical accessibility violation(s) on %s (%s):%n%s",
          failing.size(),
          page,
          driver.getCurrentUrl(),
          failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    String nodes =
        rule.getNodes().stream()
            .limit(5)
            .map(Accessibility::describe)
            .collect(Collectors.joining("\n"));
    String more =
        rule.getNodes().size() > 5 ? "\n    … " + (rule.getNodes().size() - 5) + " more" : "";
    return String.format(
        "- [%s] %s: %s (%s)%n%s%s",
        rule.getImpact(), rule.getId(), rule.getHelp(), rule.getHelpUrl(), nodes, more);
  }

  private static String describe(CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
    return "    at "
        + node.getTarget()
        + ": "
        + abbreviate(node.getHtml())
        + "\n      "
        + summary.replace("\n", "\n      ");
  }

  private static String abbreviate(String html) {
    if (html == null) {
      return "";
    }
    return html.length() <= 160 ? html : html.substring(0, 157) + "...";
  }
}
