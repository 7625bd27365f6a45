package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Poll;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A deputy's own pages beyond the item's life, in one login: a draft the congress office returned
 * is edited (the form sends If-Match: a change made meanwhile elsewhere is shown, with what was
 * typed, and the second save goes through), a file is added to another draft (the limits said
 * first; a 13 MB file and one of 11 MB, with the form just over the limit, are sent to the 文件过大
 * page and leave the draft as it was), a constituent contact is recorded and turned into a
 * suggestion, the performance record shows the year's counts as the deputies service keeps them,
 * and the inbox lists the return with the unread badge in the header until it is read. The items
 * are arranged through the API (the deputy's draft, staff's return); every page is checked with
 * axe-core and photographed.
 */
class ConsoleDeputyPagesIT {
  private static final Duration EVENTS = Duration.ofSeconds(60);
  private static final By ITEM_STATE = By.id("item-state");
  private static final By NOTICE = By.id("notice");
  private static final By UNREAD = By.id("unread-count");

  @RegisterExtension final Browsers browsers = new Browsers("deputy-pages");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldEditAReturnedDraftAddFilesTurnAContactIntoASuggestionAndReadTheRecordAndInbox(
      Viewport viewport) throws IOException {
    DevDeputies.ensureReady();
    // One deputy per width: each run's inbox and contacts are its own.
    int n = viewport == Viewport.DESKTOP ? 27 : 28;
    String login = Users.deputy(n);
    String run = Long.toString(System.currentTimeMillis(), 36);

    // Arranged through the API: a submitted suggestion that staff return, and a plain draft.
    String returned =
        Items.submitted(
            login, "关于老旧小区增设非机动车充电桩的建议 " + run, "部分老旧小区电动自行车充电难，存在飞线充电隐患。", "URBAN_CONSTRUCTION");
    String reason = "请补充拟增设充电桩的具体小区和数量。";
    SuggestionLifecycleIT.transition("staff1", returned, "return", Map.of("reason", reason));
    String draft =
        Items.draft(login, "关于增加社区图书室开放时间的建议 " + run, "社区图书室周末不开放，建议延长开放时间。", "EDUCATION");

    // The returned item: its state and the office's reason, then the edit form.
    BrowserSession deputy = browsers.open(viewport, login);
    deputy.go("/deputy/items/" + returned);
    deputy.signIn(login);
    assertThat(deputy.text(ITEM_STATE)).isEqualTo("已退回修改");
    assertThat(deputy.bodyText()).contains("退回理由：" + reason);
    deputy.check("returned");
    deputy.click(By.id("edit-item"));
    deputy.find(By.id("edit-form"));
    assertThat(deputy.text(By.id("return-reason"))).contains(reason);
    deputy.check("edit-returned");

    // Meanwhile the item changes elsewhere (the deputy's other tab): the form's If-Match is stale.
    String elsewhere = "关于老旧小区增设充电桩的建议（另一窗口） " + run;
    String etag =
        Gateway.as(login)
            .get("/api/v1/suggestions/{id}", returned)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Gateway.as(login)
        .header("If-Match", etag)
        .body(
            Map.of(
                "kind",
                "SUGGESTION",
                "title",
                elsewhere,
                "content",
                "部分老旧小区电动自行车充电难。",
                "category",
                "URBAN_CONSTRUCTION"))
        .put("/api/v1/suggestions/{id}", returned)
        .then()
        .statusCode(200);
    String title = "关于在阳光、金卫两个小区增设非机动车充电桩的建议 " + run;
    deputy.type(By.id("title"), title);
    deputy.submit(By.id("save-edit"));
    assertThat(deputy.text(NOTICE)).contains("该件已被他人修改");
    assertThat(deputy.value(By.id("title"))).as("the current title").isEqualTo(elsewhere);
    assertThat(deputy.text(By.id("typed-before"))).contains(title);
    deputy.check("edit-changed-elsewhere");
    // The form now carries the current version: the deputy's title is saved.
    deputy.type(By.id("title"), title);
    deputy.submit(By.id("save-edit"));
    assertThat(deputy.text(NOTICE)).isEqualTo("修改已保存。");
    assertThat(deputy.text(By.id("item-title"))).contains(title);
    assertThat(deputy.text(ITEM_STATE)).isEqualTo("已退回修改");
    deputy.check("edit-saved");

    // Files on the draft: the limits are said before anything is chosen, tied to the file input.
    deputy.go("/deputy/items/" + draft);
    assertThat(deputy.text(ITEM_STATE)).isEqualTo("草稿");
    assertThat(deputy.text(By.id("attachments-hint")))
        .isEqualTo("PDF、PNG、JPEG 格式，每个不超过 10MB，每件（含答复）最多 20 个。");
    assertThat(deputy.find(By.id("attachments")).getDomAttribute("aria-describedby"))
        .isEqualTo("attachments-hint");
    deputy.check("draft-files");

    // A 13 MB file all the same: over the gateway's limit for pages (11 MB), the form never
    // reaches the console; the browser is sent to the 文件过大 page and the draft stays as it was.
    String versionBefore = etagOf(login, draft);
    deputy.find(By.id("attachments")).sendKeys(SampleFiles.pdfOf(13).toString());
    deputy.submit(By.id("upload-attachments"));
    deputy.until("the 文件过大 page", d -> d.getCurrentUrl().endsWith("/errors/too-large"));
    assertThat(deputy.text(By.tagName("h1"))).isEqualTo("文件过大");
    assertThat(deputy.bodyText())
        .contains("提交的内容超过了一次上传的上限（合计 11MB）。每个附件不超过 10MB")
        .contains("刚才填写的内容没有保存，请返回上一页后重新提交。");
    assertThat(deputy.present(By.id("logout"))).as("still logged in").isTrue();
    deputy.check("draft-file-too-large");
    assertThat(attachmentsOf(login, draft)).as("no file on the draft").isEmpty();
    assertThat(etagOf(login, draft)).as("the draft unchanged").isEqualTo(versionBefore);

    // An 11 MB file: with the form around it just over the 11 MB a form may carry; same page.
    deputy.go("/deputy/items/" + draft);
    deputy.find(By.id("attachments")).sendKeys(SampleFiles.pdfOf(11).toString());
    deputy.submit(By.id("upload-attachments"));
    deputy.until("the 文件过大 page", d -> d.getCurrentUrl().endsWith("/errors/too-large"));
    assertThat(deputy.text(By.tagName("h1"))).isEqualTo("文件过大");
    assertThat(deputy.present(By.id("logout"))).as("still logged in").isTrue();
    assertThat(attachmentsOf(login, draft)).as("no file on the draft").isEmpty();
    assertThat(etagOf(login, draft)).as("the draft unchanged").isEqualTo(versionBefore);

    // A file within the limits is taken.
    deputy.go("/deputy/items/" + draft);
    deputy.find(By.id("attachments")).sendKeys(SampleFiles.pdf().toString());
    deputy.submit(By.id("upload-attachments"));
    assertThat(deputy.text(NOTICE)).isEqualTo("附件已上传。");
    assertThat(deputy.text(By.id("item-attachments"))).contains("survey.pdf");
    assertThat(deputy.find(By.cssSelector("#item-attachments a")).getDomAttribute("href"))
        .startsWith("/items/" + draft + "/attachments/");
    deputy.check("draft-file-added");

    // A constituent contact, recorded and turned into a suggestion.
    long contactsBefore = Performance.count(n, "CONSTITUENT_CONTACT");
    deputy.go("/deputy/items");
    deputy.click(By.id("constituent-contacts-link"));
    deputy.find(By.id("constituent-contact-form"));
    deputy.check("contacts");
    String subject = "菜场周边早高峰占道经营 " + run;
    deputy.type(By.id("constituentName"), "王阿姨");
    deputy.type(By.id("subject"), subject);
    deputy.type(By.id("content"), "早上七点到八点菜场门口道路被摊位占用，学生上学不安全。");
    deputy.submit(By.id("record-constituent-contact"));
    assertThat(deputy.text(NOTICE)).isEqualTo("联系群众记录已保存。");
    By toSuggestion =
        By.xpath(
            "//table[@id='constituent-contacts']//tr[.//strong[text()='"
                + subject
                + "']]//a[contains(@class,'contact-to-suggestion')]");
    assertThat(deputy.text(toSuggestion)).startsWith("转为建议");
    deputy.check("contact-recorded");
    deputy.click(toSuggestion);
    deputy.find(ItemForm.FORM);
    assertThat(deputy.text(By.id("from-contact"))).contains("联系群众记录");
    assertThat(deputy.value(ItemForm.TITLE)).isEqualTo(subject);
    assertThat(deputy.value(ItemForm.CONTENT)).contains("学生上学不安全");
    deputy.check("contact-to-suggestion");
    deputy.select(ItemForm.KIND, "SUGGESTION");
    deputy.select(ItemForm.CATEGORY, "URBAN_CONSTRUCTION");
    deputy.submit(ItemForm.SAVE_DRAFT);
    String fromContact = ItemForm.itemShown(deputy);
    assertThat(deputy.text(NOTICE)).isEqualTo("草稿已保存。");
    assertThat(deputy.text(By.id("item-title"))).contains(subject);
    deputy.go("/deputy/contacts");
    By linked =
        By.xpath(
            "//table[@id='constituent-contacts']//tr[.//strong[text()='"
                + subject
                + "']]//a[contains(@class,'contact-suggestion')]");
    assertThat(deputy.find(linked).getDomAttribute("href"))
        .isEqualTo("/deputy/items/" + fromContact);
    assertThat(deputy.text(linked)).startsWith("已转为建议");
    deputy.check("contact-linked");

    // The performance record of this year counts the contact, as the deputies service does.
    assertThat(
            Poll.until(
                EVENTS, () -> Performance.count(n, "CONSTITUENT_CONTACT") >= contactsBefore + 1))
        .as("the contact on %s's record", login)
        .isTrue();
    int year = Performance.thisYear();
    Map<String, Object> record = record(login, n, year);
    deputy.go("/deputy/record?year=" + (year - 1));
    deputy.select(By.id("year"), Integer.toString(year));
    deputy.submit(By.id("show-year"));
    assertThat(deputy.text(By.tagName("h1"))).isEqualTo(year + "年履职档案");
    String congress = (String) record.get("congressId");
    By table = By.id("record-" + congress);
    assertThat(deputy.text(By.cssSelector("#record-" + congress + " caption")))
        .isEqualTo(year + "年各类履职活动次数");
    assertThat(countOn(deputy, table, "联系群众"))
        .isEqualTo(((Map<?, ?>) record.get("counts")).get("CONSTITUENT_CONTACT").toString());
    // The submitted item may still be reaching the record (an event): its score then or now.
    Object scoreNow = record(login, n, year).get("score");
    assertThat(deputy.text(By.id("score-" + congress)))
        .isIn(String.valueOf(record.get("score")), String.valueOf(scoreNow));
    deputy.check("record");

    // The return reached the inbox: the header's badge, the entry, read.
    assertThat(
            Poll.until(
                EVENTS,
                () ->
                    NotificationsIT.inboxEntries(login, returned).stream()
                        .anyMatch(e -> "SUGGESTION_RETURNED".equals(e.get("kind")))))
        .as("the return in %s's inbox", login)
        .isTrue();
    // The header keeps a person's count for a few seconds: the badge follows within them.
    assertThat(Poll.until(EVENTS, () -> deputy.go("/deputy/items").present(UNREAD)))
        .as("the unread badge on %s's pages", login)
        .isTrue();
    assertThat(Integer.parseInt(deputy.find(UNREAD).getText().replaceAll("\\D", ""))).isPositive();
    deputy.click(By.id("notifications-link"));
    By entry =
        By.xpath("//ul[@id='notifications']/li[.//a[@href='/deputy/items/" + returned + "']]");
    // Every deputy of the congress also gets the other tests' ballot notices, newer than this one.
    inboxPageWith(deputy, entry);
    assertThat(deputy.find(entry).getDomAttribute("class")).isEqualTo("unread");
    assertThat(deputy.text(entry)).contains("未读");
    deputy.check("inbox");
    deputy.submit(
        By.xpath(
            "//ul[@id='notifications']/li[.//a[@href='/deputy/items/" + returned + "']]//button"));
    inboxPageWith(deputy, entry); // read entries come after the unread ones
    assertThat(deputy.find(entry).getDomAttribute("class")).isEqualTo("read");
    if (deputy.present(By.id("read-all"))) {
      deputy.submit(By.id("read-all"));
      assertThat(deputy.text(NOTICE)).isEqualTo("全部通知已标为已读。");
    }
    assertThat(deputy.present(UNREAD)).as("no unread badge once all are read").isFalse();
    assertThat(deputy.all(By.cssSelector("#notifications li.unread"))).isEmpty();
    deputy.check("inbox-read");
    inboxPageWith(deputy, entry);
    deputy.click(By.cssSelector("#notifications a[href='/deputy/items/" + returned + "']"));
    assertThat(deputy.text(By.id("item-title"))).contains(title);
  }

  /** Follows the inbox's 下一页 links until the page lists what is looked for. */
  private static void inboxPageWith(BrowserSession deputy, By what) {
    By next = By.id("next-page");
    for (int pages = 1; !deputy.present(what); pages++) {
      assertThat(pages <= 50 && deputy.present(next))
          .as("%s on a page of the inbox", what)
          .isTrue();
      deputy.go(deputy.find(next).getDomAttribute("href"));
    }
  }

  private static String etagOf(String login, String item) {
    return Gateway.as(login)
        .get("/api/v1/suggestions/{id}", item)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static List<String> attachmentsOf(String login, String item) {
    return Gateway.as(login)
        .get("/api/v1/suggestions/{id}/attachments", item)
        .then()
        .statusCode(200)
        .extract()
        .path("fileName");
  }

  private static Map<String, Object> record(String login, int n, int year) {
    return Gateway.as(login)
        .get("/api/v1/deputies/{id}/performance-records/{year}", DevDeputies.id(n), year)
        .then()
        .statusCode(200)
        .extract()
        .path("");
  }

  /** The count in the record's row of that activity. */
  private static String countOn(BrowserSession deputy, By table, String activity) {
    List<String> cells =
        deputy
            .find(table)
            .findElements(By.xpath(".//tr[th[text()='" + activity + "']]/td"))
            .stream()
            .map(e -> e.getText().trim())
            .toList();
    assertThat(cells).as("the row %s", activity).hasSize(1);
    return cells.get(0);
  }
}
