package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A title a spreadsheet would evaluate reaches the CSV item export defused. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CsvExportInjectionTest {
  @Test
  void shouldDefuseAMultiLineFormulaTitleInTheItemExport() {
    Flow lead = Flow.create();
    String title = "=HYPERLINK(\"http://evil.example\",\"点击\")\n关于老旧小区改造的建议";
    UUID id = draft(lead.leadToken, aSuggestion().titled(title));
    post(lead.leadToken, BASE + "/" + id + "/submit", null).statusCode(200);

    String csv =
        new String(
            given()
                .auth()
                .oauth2(lead.leadToken)
                .get("/api/v1/suggestion-export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            StandardCharsets.UTF_8);

    assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
  }
}
