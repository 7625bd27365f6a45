package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A department's pages beyond signing for and replying, in one login of the lead unit: it asks for
 * a later deadline and finds its request in the task's list, reads the co-handling unit's opinion
 * (given in the co-handler's own browser), replies with a file after the page has said the limits,
 * and reports progress on the livelihood project it is responsible for; anyone then finds the
 * project's round in the public list of rounds, and the same rounds offered on the projects page.
 * The item (assigned to the lead with a co-handler, both signed for, a contact recorded) and the
 * project (a round voted through into implementation) are arranged through the API; every page is
 * checked with axe-core and photographed.
 */
class ConsoleDepartmentPagesIT {
  private static final String LEAD = "dept-housing";
  private static final String LEAD_ID = "HOUSING";
  private static final String CO_HANDLER = "dept-health";
  private static final String CO_HANDLER_ID = "HEALTH";
  private static final int DEPUTY = 30;
  private static final Duration EVENTS = Duration.ofSeconds(60);
  private static final By NOTICE = By.id("notice");

  /** The rounds this scenario votes through into implementation carry this in their title. */
  private static final String ROUND_MARK = "控制台部门页面";

  @RegisterExtension final Browsers browsers = new Browsers("department-pages");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldRequestAnExtensionReadTheOpinionReplyWithAFileAndReportProgress(Viewport viewport)
      throws IOException {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String item =
        Items.assigned(
            Users.deputy(DEPUTY),
            "关于加快老旧住宅小区屋面防水改造的建议 " + run,
            "多个老旧小区顶楼住户反映屋面渗漏，雨季尤为严重。",
            "URBAN_CONSTRUCTION",
            LEAD_ID,
            List.of(CO_HANDLER_ID));
    signFor(CO_HANDLER, item, CO_HANDLER_ID);
    signFor(LEAD, item, LEAD_ID);
    Gateway.as(LEAD)
        .body(
            Map.of(
                "contactedOn",
                LocalDate.now(Performance.CHINA).toString(),
                "way",
                "SITE_VISIT",
                "summary",
                "上门走访领衔代表和顶楼住户，查看渗漏情况。"))
        .post("/api/v1/suggestions/{id}/contacts", item)
        .then()
        .statusCode(201);
    String project = implementingProject();

    // The lead unit asks for a later deadline and finds its request listed on the task.
    BrowserSession lead = browsers.open(viewport, LEAD);
    lead.go("/department/tasks");
    lead.signIn(LEAD);
    lead.find(By.id("tasks"));
    lead.check("tasks");
    lead.go("/department/tasks/" + item);
    assertThat(lead.text(By.id("task-state"))).contains("已签收");
    assertThat(lead.bodyText()).contains("尚未申请延期。");
    LocalDate due =
        LocalDate.parse(
            Gateway.as(LEAD)
                .get("/api/v1/suggestions/{id}", item)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("dueOn"));
    lead.click(By.xpath("//details[.//form[@id='extension-form']]/summary"));
    lead.check("extension-form");
    lead.js(
        "arguments[0].value = arguments[1]",
        lead.find(By.id("newDueOn")),
        due.plusMonths(1).toString());
    String extensionReason = "需结合汛期后统一招标施工，申请延期一个月 " + run;
    lead.type(By.id("extensionReason"), extensionReason);
    lead.submit(By.id("request-extension"));
    assertThat(lead.text(NOTICE)).isEqualTo("延期申请已提交，等待人大办公室审批。");
    List<String> request =
        lead.all(By.cssSelector("#extensions tbody tr td")).stream()
            .map(td -> td.getText().trim())
            .toList();
    LocalDate asked = due.plusMonths(1);
    assertThat(request)
        .containsExactly(
            asked.getYear() + "年" + asked.getMonthValue() + "月" + asked.getDayOfMonth() + "日",
            extensionReason,
            "待审批");
    lead.check("extension-requested");

    // The co-handling unit gives its opinion in its own browser.
    BrowserSession coHandler = browsers.open(viewport, CO_HANDLER);
    coHandler.go("/department/tasks/" + item);
    coHandler.signIn(CO_HANDLER);
    assertThat(coHandler.text(By.id("task-state"))).contains("已签收");
    assertThat(coHandler.present(By.id("reply-form"))).as("the co-handler replies not").isFalse();
    assertThat(coHandler.present(By.id("extension-form"))).isFalse();
    coHandler.check("co-handler-task");
    String opinion = "建议同步排查顶楼住户中的独居老人，雨季前优先施工 " + run;
    coHandler.type(By.id("opinion"), opinion);
    coHandler.submit(By.id("give-opinion"));
    assertThat(coHandler.text(NOTICE)).isEqualTo("协办意见已提交主办单位。");
    assertThat(coHandler.text(By.id("my-opinion"))).isEqualTo(opinion);
    assertThat(coHandler.present(By.id("opinion-form"))).as("given once").isFalse();
    coHandler.check("opinion-given");

    // The lead unit reads the opinion and replies with a file; the limits are said first.
    lead.go("/department/tasks/" + item);
    assertThat(lead.text(By.id("co-handler-opinions"))).contains(opinion);
    assertThat(lead.text(By.id("reply-attachments-hint")))
        .isEqualTo("PDF、PNG、JPEG 格式，每个不超过 10MB，每件（含答复）最多 20 个。");
    lead.click(By.cssSelector("#reply-form input[name=replyClass][value=A]"));
    lead.type(By.cssSelector("#reply-form #content"), "已完成12栋住宅屋面防水改造，其余纳入明年计划。 " + run);
    lead.type(By.id("signedBy"), "区房管局 王局长");
    lead.find(By.id("reply-attachments")).sendKeys(SampleFiles.pdf().toString());
    lead.check("reply-form");
    lead.submit(By.id("post-reply"));
    assertThat(lead.text(NOTICE)).isEqualTo("答复已提交。");
    assertThat(lead.all(By.cssSelector("#replies article.reply"))).hasSize(1);
    assertThat(lead.text(By.cssSelector("#replies article.reply"))).contains("A类", "survey.pdf");
    assertThat(
            lead.find(By.cssSelector("#replies article.reply ul.files a")).getDomAttribute("href"))
        .startsWith("/items/" + item + "/attachments/");
    lead.check("replied-with-file");

    // The unit's livelihood project: a progress report.
    lead.go("/department/tasks");
    lead.click(By.id("department-projects"));
    lead.find(By.id("projects"));
    lead.check("projects");
    By link = By.cssSelector("a.project-link[href='/department/projects/" + project + "']");
    if (lead.present(link)) {
      lead.click(link);
    } else {
      // The list shows 50 a page; the unit may have more projects from earlier runs.
      lead.go("/department/projects/" + project);
    }
    lead.find(By.id("progress-form"));
    lead.check("project");
    int percentage = viewport == Viewport.DESKTOP ? 40 : 60;
    String narrative = "第一批12栋住宅屋面防水已完工，第二批完成招标 " + run;
    lead.type(By.id("percentage"), Integer.toString(percentage));
    lead.type(By.id("narrative"), narrative);
    lead.submit(By.id("report-progress"));
    assertThat(lead.text(NOTICE)).isEqualTo("推进进度已报送。");
    assertThat(lead.text(By.id("progress"))).isEqualTo(percentage + "%");
    assertThat(lead.text(By.cssSelector("#progress-reports tbody tr")))
        .as("the newest report first")
        .contains(percentage + "%", narrative);
    lead.check("progress-reported");

    // Anyone finds the project's round in the public list of rounds, without logging in.
    String round =
        Gateway.as(LEAD)
            .get("/api/v1/livelihood-projects/{id}", project)
            .then()
            .statusCode(200)
            .extract()
            .path("roundId");
    BrowserSession anyone = browsers.open(viewport, "public");
    anyone.go("/");
    anyone.click(By.cssSelector("main a[href='/public/rounds']"));
    By row = By.id("round-" + round);
    // Newest year first, 20 a page: the round's year is random, so it may be a few pages on.
    for (int page = 1; !anyone.present(row) && anyone.present(By.id("next-page")); page++) {
      assertThat(page).as("pages of rounds before round %s", round).isLessThan(10);
      anyone.submit(By.id("next-page"));
    }
    assertThat(anyone.text(row)).contains("实施", "入选 1 项（应选 3 项）");
    assertThat(anyone.find(row).findElement(By.cssSelector("a.board-link")).getDomAttribute("href"))
        .isEqualTo("/public/rounds/" + round);
    assertThat(anyone.present(By.id("logout"))).as("nobody logged in").isFalse();
    anyone.check("public-rounds");

    // The header's 民心工程 offers the same public rounds to choose a round's projects from.
    anyone.click(By.cssSelector("header a[href='/public/projects']"));
    anyone.find(By.id("rounds"));
    List<String> offered =
        anyone.all(By.cssSelector("#rounds li.public-round")).stream()
            .map(li -> li.getDomAttribute("id").substring("round-".length()))
            .toList();
    assertThat(offered).as("rounds offered on /public/projects").isNotEmpty();
    List<String> newest =
        Gateway.anonymous()
            .queryParam("limit", 20)
            .get("/api/v1/public/livelihood-rounds")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(newest).as("the newest rounds of the public list").contains(offered.get(0));
    for (WebElement projects : anyone.all(By.cssSelector("#rounds a.projects-link"))) {
      String id = projects.findElement(By.xpath("ancestor::li")).getDomAttribute("id");
      assertThat(projects.getDomAttribute("href"))
          .isEqualTo("/public/projects?round=" + id.substring("round-".length()));
    }
    assertThat(anyone.present(By.id("logout"))).as("nobody logged in").isFalse();
    anyone.check("public-projects");
  }

  private static void signFor(String department, String item, String departmentId) {
    Gateway.as(department)
        .post(
            "/api/v1/suggestions/{id}/tasks/{t}/sign-for",
            item,
            Items.taskOf(department, item, departmentId))
        .then()
        .statusCode(200);
  }

  /**
   * A project of the lead unit in a round that is implementing: one left by an earlier run of this
   * scenario, else a new round voted through (every dev deputy votes for one of the shortlisted
   * candidates) and stepped into implementation. Reusing it keeps the district's free years (one
   * round per year) for the scenarios that need a new round.
   */
  private static synchronized String implementingProject() {
    for (String round : implementingRoundsOfThisScenario()) {
      List<String> projects = projectsOf(round);
      if (!projects.isEmpty()) {
        return projects.get(0);
      }
    }
    String run = Long.toString(System.currentTimeMillis(), 36);
    String round =
        LivelihoodRoundIT.createRound(LivelihoodRoundIT.freeYear(), ROUND_MARK + " " + run);
    // The ballot needs more shortlisted candidates than the round selects (3): four, all the
    // unit's; every deputy votes for the first only, so it alone is selected.
    List<String> candidates = new ArrayList<>();
    for (String title : List.of("老旧住宅小区屋面防水改造", "背街小巷雨污分流", "小区电动自行车集中充电", "既有住宅加装电梯")) {
      candidates.add(LivelihoodRoundIT.propose(round, "staff1", title + " " + run));
    }
    LivelihoodRoundIT.phase(round, "SCREENING");
    for (String candidate : candidates) {
      LivelihoodRoundIT.screen(
          round,
          candidate,
          Map.of(
              "outcome",
              "SHORTLISTED",
              "feasibility",
              "资金已列入年度预算",
              "estimatedCost",
              800_000,
              "responsibleDepartmentId",
              LEAD_ID));
    }
    LivelihoodRoundIT.phase(round, "VOTING");
    List<Map<String, String>> choices = new ArrayList<>();
    for (String candidate : candidates) {
      choices.add(
          Map.of("candidateId", candidate, "choice", choices.isEmpty() ? "FOR" : "AGAINST"));
    }
    for (int n = 1; n <= DevDeputies.COUNT; n++) {
      LivelihoodRoundIT.checkIn(round, Users.deputy(n));
      Gateway.as(Users.deputy(n))
          .body(Map.of("choices", choices))
          .post("/api/v1/livelihood-rounds/{id}/ballots", round)
          .then()
          .statusCode(201);
    }
    JsonPath result =
        Gateway.as("staff1")
            .header("If-Match", LivelihoodRoundIT.roundEtag(round))
            .post("/api/v1/livelihood-rounds/{id}/close", round)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getList("selectedCandidateIds")).containsExactly(candidates.get(0));
    LivelihoodRoundIT.phase(round, "IMPLEMENTING");
    List<String> projects = new ArrayList<>();
    assertThat(Poll.until(EVENTS, () -> projects.addAll(projectsOf(round))))
        .as("the selected project of round %s", round)
        .isTrue();
    return projects.get(0);
  }

  /** The implementing rounds an earlier run of this scenario left, as staff list them. */
  private static List<String> implementingRoundsOfThisScenario() {
    List<String> rounds = new ArrayList<>();
    String token = null;
    do {
      var spec = Gateway.as("staff1").queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      JsonPath page =
          spec.get("/api/v1/livelihood-rounds").then().statusCode(200).extract().jsonPath();
      for (Map<String, Object> round : page.<Map<String, Object>>getList("items")) {
        if ("IMPLEMENTING".equals(round.get("phase"))
            && String.valueOf(round.get("title")).contains(ROUND_MARK)) {
          rounds.add((String) round.get("id"));
        }
      }
      token = page.getString("nextPageToken");
    } while (token != null);
    return rounds;
  }

  private static List<String> projectsOf(String round) {
    return Gateway.as(LEAD)
        .queryParam("roundId", round)
        .get("/api/v1/livelihood-projects")
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }
}
