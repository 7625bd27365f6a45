package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** The deputy's new-item form of the console (/deputy/items/new) and its field ids. */
final class ItemForm {
  static final By FORM = By.id("item-form");
  static final By KIND = By.id("kind");
  static final By CATEGORY = By.id("category");
  static final By TITLE = By.id("title");
  static final By CONTENT = By.id("content");
  static final By COSIGNER_SEARCH = By.id("cosigner-search");
  static final By ATTACHMENTS = By.id("attachments");
  static final By SAVE_DRAFT = By.id("save-draft");
  static final By SUBMIT = By.id("submit-item");
  private static final Pattern ITEM_ADDRESS = Pattern.compile("/deputy/items/([0-9a-f-]{36})");

  private ItemForm() {}

  /** The id of the item whose page the browser shows now (after the form saved it). */
  static String itemShown(BrowserSession deputy) {
    Matcher address = ITEM_ADDRESS.matcher(deputy.url());
    assertThat(address.find()).as("an item's page: %s", deputy.url()).isTrue();
    return address.group(1);
  }
}
