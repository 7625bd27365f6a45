package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * What a deputy may not read stays out of sight in the console: deputy A opening deputy B's draft
 * by its address gets the console's 404 page (not a 403 that would confirm it exists), and a town
 * deputy sees nothing of the district, neither in the list nor by address.
 */
class ItemIsolationIT {
  private static final String NOT_FOUND = "页面不存在";

  @RegisterExtension final Browsers browsers = new Browsers("isolation");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldHideAnotherDeputysDraftAndTheDistrictFromATownDeputy(Viewport viewport) {
    String title = "关于规范老旧小区停车管理的建议 " + Long.toString(System.currentTimeMillis(), 36);
    String draft =
        Gateway.as("deputy09")
            .body(
                Map.of(
                    "kind", "SUGGESTION",
                    "category", "URBAN_CONSTRUCTION",
                    "title", title,
                    "content", "小区停车位紧张，乱停乱放影响消防通道。建议统一规划停车位并加强管理。"))
            .post("/api/v1/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    BrowserSession deputyA = browsers.open(viewport, "deputy08");
    deputyA.go("/deputy/items/" + draft);
    deputyA.signIn("deputy08");
    deputyA.screenshotOfErrorPage("other-deputys-draft", NOT_FOUND);
    assertThat(deputyA.bodyText()).doesNotContain(title);

    deputyA.go("/deputy/items");
    assertThat(deputyA.bodyText()).doesNotContain(title);
    assertThat(deputyA.all(By.cssSelector("a.item-link[href$='" + draft + "']"))).isEmpty();
    deputyA.check("my-items");

    BrowserSession town = browsers.open(viewport, "deputy-zhujing1");
    town.go("/deputy/items");
    town.signIn("deputy-zhujing1");
    assertThat(town.bodyText()).doesNotContain(title);
    town.check("town-items");
    town.go("/deputy/items/" + draft);
    town.screenshotOfErrorPage("district-draft", NOT_FOUND);
    assertThat(town.bodyText()).doesNotContain(title);
  }
}
