package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A suggestion's whole life in the console, four people in four browsers: the lead deputy drafts it
 * with a co-signer (found by name) and a PDF, the co-signer accepts, the lead submits; the congress
 * office registers and assigns it (through the API until the staff pages exist); the department
 * signs for it, records a contact and replies class B; the lead is dissatisfied, the department
 * replies again, the lead is satisfied and the item is closed. Every page is checked with axe-core
 * and photographed.
 */
class ConsoleLifecycleIT {
  private static final String LEAD = "deputy11";
  private static final int CO_SIGNER = 12;
  private static final String DEPARTMENT = "dept-transport";
  private static final String DEPARTMENT_ID = "TRANSPORT";
  private static final By ITEM_STATE = By.id("item-state");

  @RegisterExtension final Browsers browsers = new Browsers("lifecycle");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldTakeASuggestionFromDraftToClosedInFourBrowsers(Viewport viewport) throws IOException {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    String title = "关于优化公交线路早晚高峰班次的建议 " + run;
    String coSignerLogin = Users.deputy(CO_SIGNER);
    String coSignerName =
        Gateway.as("staff1")
            .get("/api/v1/deputies/{id}", DevDeputies.id(CO_SIGNER))
            .then()
            .statusCode(200)
            .extract()
            .path("name");

    // The lead drafts: a co-signer found by name, a PDF attached.
    BrowserSession lead = browsers.open(viewport, LEAD);
    lead.go("/deputy/items/new");
    lead.signIn(LEAD);
    lead.find(ItemForm.FORM);
    lead.check("new-item");
    lead.select(ItemForm.KIND, "SUGGESTION");
    lead.select(ItemForm.CATEGORY, "URBAN_CONSTRUCTION");
    lead.type(ItemForm.TITLE, title);
    lead.type(ItemForm.CONTENT, "早晚高峰公交班次间隔过长，候车时间超过20分钟。建议：一、加密高峰班次；二、开通社区接驳线。");
    lead.type(ItemForm.COSIGNER_SEARCH, coSignerName);
    WebElement add =
        lead.until(
            coSignerName + " among the search results",
            d ->
                lead.all(By.cssSelector("#cosigner-results li")).stream()
                    .filter(li -> li.getText().startsWith(coSignerName + "（"))
                    .map(li -> li.findElement(By.tagName("button")))
                    .findFirst()
                    .orElse(null));
    add.click();
    lead.until(
        coSignerName + " chosen", d -> lead.text(By.id("cosigners-chosen")).contains(coSignerName));
    lead.find(ItemForm.ATTACHMENTS).sendKeys(SampleFiles.pdf().toString());
    lead.check("new-item-filled");
    lead.submit(ItemForm.SAVE_DRAFT);

    String item = ItemForm.itemShown(lead);
    assertThat(lead.text(ITEM_STATE)).isEqualTo("草稿");
    assertThat(lead.text(By.id("item-title"))).contains(title);
    assertThat(lead.text(By.id("cosigners"))).contains(coSignerName);
    List<String> files =
        Gateway.as(LEAD)
            .get("/api/v1/suggestions/{id}/attachments", item)
            .then()
            .statusCode(200)
            .extract()
            .path("fileName");
    assertThat(files).as("the PDF uploaded with the draft").containsExactly("survey.pdf");
    lead.check("draft");

    // The co-signer accepts the invitation.
    BrowserSession coSigner = browsers.open(viewport, coSignerLogin);
    coSigner.go("/deputy/items/" + item);
    coSigner.signIn(coSignerLogin);
    coSigner.find(By.id("cosigning-form"));
    coSigner.check("invitation");
    coSigner.submit(By.id("accept-invitation"));
    assertThat(coSigner.present(By.id("cosigning-form"))).as("answered once").isFalse();
    assertThat(coSigner.text(By.id("cosigners"))).contains(coSignerName + "（已附议）");
    coSigner.check("invitation-accepted");

    // The lead submits it from the list of their items.
    lead.go("/deputy/items");
    lead.check("my-items");
    lead.click(By.cssSelector("a.item-link[href='/deputy/items/" + item + "']"));
    lead.find(By.id("submit-form"));
    lead.submit(By.id("submit-draft"));
    assertThat(lead.text(ITEM_STATE)).isEqualTo("已提交");
    lead.check("submitted");

    // The congress office registers it and assigns it to the department (no staff pages yet).
    SuggestionLifecycleIT.transition("staff1", item, "registration", null);
    SuggestionLifecycleIT.transition(
        "staff1", item, "assignments", Map.of("leadDepartmentId", DEPARTMENT_ID));

    // The department signs for it, records a contact and replies class B.
    BrowserSession department = browsers.open(viewport, DEPARTMENT);
    department.go("/department/tasks");
    department.signIn(DEPARTMENT);
    department.find(By.id("tasks"));
    department.check("tasks");
    openTask(department, item);
    assertThat(department.text(By.id("task-state"))).contains("待签收");
    department.check("task-assigned");
    department.submit(By.id("sign-for"));
    assertThat(department.text(By.id("task-state"))).contains("已签收");
    assertThat(department.text(ITEM_STATE)).isEqualTo("办理中");
    department.check("task-signed");

    department.select(By.id("way"), "PHONE");
    department.type(By.id("summary"), "电话联系领衔代表，了解高峰时段候车情况和接驳需求。");
    department.submit(By.id("record-contact"));
    department.check("contact-recorded");

    reply(department, "B", "已将加密高峰班次列入明年公交线网优化计划，届时高峰间隔缩短至10分钟。", true);
    assertThat(department.all(By.cssSelector("#replies article.reply"))).hasSize(1);
    department.check("replied-b");

    // The lead is dissatisfied: the department must handle it again.
    lead.go("/deputy/items/" + item);
    assertThat(lead.text(ITEM_STATE)).isEqualTo("已答复");
    assertThat(lead.text(By.id("replies"))).contains("B类");
    lead.check("reply-b");
    evaluate(lead, "DISSATISFIED", "没有给出接驳线的开通时间。");
    assertThat(lead.text(ITEM_STATE)).isEqualTo("重新办理");
    lead.check("dissatisfied");

    department.go("/department/tasks/" + item);
    assertThat(department.text(ITEM_STATE)).isEqualTo("重新办理");
    department.check("rehandling");
    reply(department, "A", "经重新办理，高峰班次已加密，社区接驳线已于本月开通。", false);
    assertThat(department.all(By.cssSelector("#replies article.reply"))).hasSize(2);
    department.check("replied-a");

    // Satisfied: closed.
    lead.go("/deputy/items/" + item);
    assertThat(lead.text(By.id("replies"))).contains("A类");
    lead.check("reply-a");
    evaluate(lead, "SATISFIED", "满意，谢谢。");
    assertThat(lead.text(ITEM_STATE)).isEqualTo("已办结");
    assertThat(lead.present(By.id("evaluation-form"))).isFalse();
    assertThat(lead.text(By.id("timeline"))).isNotBlank();
    lead.check("closed");

    // Anyone reads the final reply on the public page, without logging in.
    BrowserSession anyone = browsers.open(viewport, "public");
    String search = "/public/replies?q=" + run;
    anyone.go(search);
    anyone.until(
        "the reply published",
        d -> anyone.present(By.cssSelector("article.public-reply")) || anyone.go(search) == null);
    WebElement published = anyone.find(By.cssSelector("article.public-reply"));
    assertThat(published.getText()).contains(title, "A类", "社区接驳线已于本月开通");
    assertThat(anyone.present(By.id("logout"))).as("nobody logged in").isFalse();
    anyone.check("public-reply");
  }

  /** From the task list when the task is among those listed, else by its address. */
  private static void openTask(BrowserSession department, String item) {
    By link = By.cssSelector("a.task-link[href='/department/tasks/" + item + "']");
    if (department.present(link)) {
      department.click(link);
    } else {
      // The list shows the 100 nearest deadlines; a new task has the furthest.
      department.go("/department/tasks/" + item);
    }
    department.find(By.id("task-state"));
  }

  private static void reply(
      BrowserSession department, String replyClass, String text, boolean promised) {
    department.click(
        By.cssSelector("#reply-form input[name=replyClass][value=" + replyClass + "]"));
    if (promised) {
      // A date field's typing order follows the browser's locale; its value is ISO everywhere.
      department.js(
          "arguments[0].value = arguments[1]",
          department.find(By.id("promisedOn")),
          LocalDate.now(Performance.CHINA).plusMonths(6).toString());
    }
    department.type(By.cssSelector("#reply-form #content"), text);
    department.type(By.id("signedBy"), "区交通委 李主任");
    if (!department.find(By.id("publishable")).isSelected()) {
      department.click(By.id("publishable"));
    }
    department.submit(By.id("post-reply"));
  }

  private static void evaluate(BrowserSession deputy, String satisfaction, String comment) {
    deputy.click(
        By.cssSelector("#evaluation-form input[name=satisfaction][value=" + satisfaction + "]"));
    deputy.type(By.id("comment"), comment);
    deputy.submit(By.id("evaluate"));
  }
}
