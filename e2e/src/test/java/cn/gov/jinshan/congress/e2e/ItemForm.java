package cn.gov.jinshan.congress.e2e;

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

  private ItemForm() {}
}
