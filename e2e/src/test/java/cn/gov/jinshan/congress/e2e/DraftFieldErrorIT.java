package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A deputy's typing mistake: a draft saved without a title. The API's field error comes back in
 * Chinese next to the title field, and nothing the deputy typed is lost.
 */
class DraftFieldErrorIT {
  @RegisterExtension final Browsers browsers = new Browsers("empty-title");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldShowTheChineseErrorNextToAnEmptyTitleAndKeepWhatWasTyped(Viewport viewport) {
    String content =
        "本镇部分路段夜间照明不足，群众反映出行不便。建议：一、增设路灯；二、定期检修。 " + Long.toString(System.currentTimeMillis(), 36);
    BrowserSession deputy = browsers.open(viewport, "deputy07");
    deputy.go("/deputy/items/new");
    deputy.signIn("deputy07");
    deputy.find(ItemForm.FORM);
    deputy.check("new-item");

    deputy.select(ItemForm.CATEGORY, "EDUCATION");
    deputy.type(ItemForm.CONTENT, content);
    deputy.click(ItemForm.SAVE_DRAFT);

    // The only mistake is the title: its error alone, in Chinese, beside the field.
    String error = deputy.text(By.id("title-error"));
    assertThat(error).as("the title's error").containsPattern("\\p{IsHan}").doesNotContain("null");
    assertThat(deputy.find(ItemForm.TITLE).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(deputy.all(By.cssSelector(".field-error"))).hasSize(1);
    assertThat(deputy.value(ItemForm.CONTENT)).as("the content typed").isEqualTo(content);
    assertThat(deputy.value(ItemForm.CATEGORY)).as("the category chosen").isEqualTo("EDUCATION");
    assertThat(deputy.value(ItemForm.TITLE)).isEmpty();
    deputy.check("new-item-title-error");
  }
}
