package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Livelihood voting in the console: three deputies, each in their own browser, check in and cast a
 * ballot; once three 赞成 are marked the page will not take a fourth, and a fourth forced past the
 * page is refused by the server and not counted; after the round closes each deputy finds their own
 * receipt on the public board. The round is set up through the API as in LivelihoodRoundIT (no
 * staff pages yet); the ballot, receipt and board pages are checked with axe-core once.
 */
class ConsoleVotingIT {
  private static final int N = 3;

  @RegisterExtension final Browsers browsers = new Browsers("voting");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldLetThreeDeputiesVoteWithAtMostNForAndFindTheirReceipts(Viewport viewport) {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String round = LivelihoodRoundIT.createRound(LivelihoodRoundIT.freeYear(), run);
    List<String> candidates = new ArrayList<>();
    String[] titles = {"社区养老服务站建设", "背街小巷路面整治", "农贸市场改造提升", "校园周边交通安全设施"};
    String[] departments = {"HEALTH", "HOUSING", "HOUSING", "TRANSPORT"};
    for (String title : titles) {
      candidates.add(LivelihoodRoundIT.propose(round, "staff1", title + " " + run));
    }
    LivelihoodRoundIT.phase(round, "SCREENING");
    for (int c = 0; c < candidates.size(); c++) {
      Map<String, Object> shortlist = new LinkedHashMap<>();
      shortlist.put("outcome", "SHORTLISTED");
      shortlist.put("feasibility", "资金已列入年度预算");
      shortlist.put("estimatedCost", 500_000 + c * 100_000);
      shortlist.put("responsibleDepartmentId", departments[c]);
      LivelihoodRoundIT.screen(round, candidates.get(c), shortlist);
    }
    LivelihoodRoundIT.phase(round, "VOTING");

    // Each deputy's marks, one per candidate: the first deputy's three 赞成 are the most allowed.
    int first = viewport == Viewport.DESKTOP ? 21 : 24;
    Map<String, String[]> ballots = new LinkedHashMap<>();
    ballots.put(Users.deputy(first), new String[] {"FOR", "FOR", "FOR", "AGAINST"});
    ballots.put(Users.deputy(first + 1), new String[] {"FOR", "AGAINST", "ABSTAIN", "FOR"});
    ballots.put(Users.deputy(first + 2), new String[] {"ABSTAIN", "FOR", "AGAINST", "FOR"});

    Map<String, BrowserSession> browserOf = new LinkedHashMap<>();
    Map<String, String> receipts = new LinkedHashMap<>();
    boolean firstDeputy = true;
    for (Map.Entry<String, String[]> ballot : ballots.entrySet()) {
      String deputy = ballot.getKey();
      BrowserSession browser = browsers.open(viewport, deputy);
      browserOf.put(deputy, browser);
      browser.go("/deputy/voting/" + round);
      browser.signIn(deputy);
      browser.find(By.id("ballot-form"));
      browser.submit(By.id("check-in"));
      if (firstDeputy) {
        browser.check("checked-in");
        refuseAFourthFor(browser, candidates);
      }
      for (int c = 0; c < candidates.size(); c++) {
        mark(browser, candidates.get(c), ballot.getValue()[c]);
      }
      if (firstDeputy) {
        browser.check("ballot-marked");
      }
      browser.submit(By.id("cast-ballot"));
      String receipt = browser.text(By.id("receipt-code"));
      assertThat(receipt).as("%s's receipt code", deputy).isNotBlank();
      receipts.put(deputy, receipt);
      if (firstDeputy) {
        browser.check("receipt");
      } else {
        browser.screenshot("receipt");
      }
      firstDeputy = false;
    }
    assertThat(receipts.values()).doesNotHaveDuplicates();

    // The congress office closes the round (no staff pages yet).
    Gateway.as("staff1")
        .header("If-Match", LivelihoodRoundIT.roundEtag(round))
        .post("/api/v1/livelihood-rounds/{id}/close", round)
        .then()
        .statusCode(200)
        .body("ballotsCounted", equalTo(ballots.size()));

    // Each deputy finds their own ballot on the public board.
    firstDeputy = true;
    for (Map.Entry<String, BrowserSession> each : browserOf.entrySet()) {
      BrowserSession browser = each.getValue();
      browser.click(By.id("board-link"));
      browser.find(By.id("board"));
      assertThat(browser.all(By.cssSelector("#board li"))).hasSize(ballots.size());
      browser.type(By.id("receipt-code"), receipts.get(each.getKey()));
      browser.submit(By.id("receipt-lookup"));
      assertThat(browser.text(By.id("receipt-found"))).contains("找到您的选票");
      if (firstDeputy) {
        browser.check("board-receipt-found");
      } else {
        browser.screenshot("board-receipt-found");
      }
      firstDeputy = false;
    }
  }

  /**
   * With N 赞成 marked the page disables every other 赞成; a fourth forced past the page (the disabled
   * choice enabled by script) is refused by the server, nothing is counted, and the deputy can
   * still correct the ballot.
   */
  private static void refuseAFourthFor(BrowserSession browser, List<String> candidates) {
    for (int c = 0; c < N; c++) {
      mark(browser, candidates.get(c), "FOR");
    }
    WebElement fourth = choice(browser, candidates.get(N), "FOR");
    assertThat(fourth.isEnabled()).as("a fourth 赞成 on the page").isFalse();
    assertThat(browser.text(By.id("for-count"))).contains("不能再投赞成");
    browser.js("arguments[0].disabled = false; arguments[0].checked = true", fourth);
    browser.submit(By.id("cast-ballot"));
    assertThat(browser.present(By.id("receipt-code"))).as("a receipt for 4 赞成").isFalse();
    assertThat(browser.text(By.id("notice"))).containsPattern("\\p{IsHan}");
    browser.screenshot("fourth-for-refused");
  }

  private static void mark(BrowserSession browser, String candidate, String choice) {
    WebElement radio = choice(browser, candidate, choice);
    if (!radio.isSelected()) {
      radio.click();
    }
    assertThat(radio.isSelected()).as("%s marked %s", candidate, choice).isTrue();
  }

  private static WebElement choice(BrowserSession browser, String candidate, String choice) {
    return browser.find(
        By.cssSelector("input[name='choice-" + candidate + "'][value='" + choice + "']"));
  }
}
