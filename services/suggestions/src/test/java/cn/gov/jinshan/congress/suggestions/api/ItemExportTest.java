package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The item export (建议办理台账): every page of what the caller may list (the test profile reads 3 items
 * per page), newest first, with the list's filters, as CSV and XLSX.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ItemExportTest {
  private static final String CSV = "/api/v1/suggestion-export.csv";
  private static final String XLSX = "/api/v1/suggestion-export.xlsx";

  @Test
  void shouldExportEveryPageOfWhatTheCallerMayListNewestFirst() throws Exception {
    Flow lead = Flow.create();
    List<String> titles = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      String title = "关于第" + i + "批老旧小区改造的建议";
      submit(lead.leadToken, title);
      titles.add(0, title); // newest first
    }
    Flow other = Flow.in(lead.congress);
    submit(other.leadToken, "关于增设公交站点的建议");

    List<String> mine = csvLines(lead.leadToken, CSV);
    assertThat(mine.get(0)).startsWith("\ufeff登记号,类型,标题,领衔代表,代表团,类别,状态,主办单位,提交日期,办理期限,重点督办,督办领导");
    assertThat(mine.subList(1, mine.size()).stream().map(ItemExportTest::title))
        .containsExactlyElementsOf(titles);
    assertThat(mine.get(1)).contains(",建议,").contains(",张伟,").contains(",已提交,");

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(bytes(lead.congress.staffToken, XLSX)))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + 8);
      assertThat(rows.get(0).getCellText(2)).isEqualTo("标题");
      assertThat(rows.get(1).getCellText(2)).isEqualTo("关于增设公交站点的建议");
      assertThat(rows.stream().skip(1).map(r -> r.getCellText(2)).distinct()).hasSize(8);
    }
    // the list's filters apply: a Chinese substring, a state
    assertThat(csvLines(lead.congress.staffToken, CSV + "?q=公交站点")).hasSize(2);
    assertThat(csvLines(lead.congress.staffToken, CSV + "?state=CLOSED")).hasSize(1);
  }

  @Test
  void shouldExportNothingOfAnotherCongressAndOnlyWhatADepartmentHandles() {
    Flow assigned = Flow.create().assigned();
    Flow notAssigned = assigned.another().submitted();
    List<String> department = csvLines(assigned.leadDeptToken, CSV);
    assertThat(department).hasSize(2);
    assertThat(department.get(1)).contains(TestCongress.departmentName(assigned.leadDepartment));

    String other = Flow.create().congress.id;
    given()
        .auth()
        .oauth2(assigned.congress.staffToken)
        .get(CSV + "?congressId=" + other)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(assigned.congress.staffToken)
        .get("/api/v1/suggestion-export.pdf")
        .then()
        .statusCode(404);
    given().get(CSV).then().statusCode(401);
    assertThat(notAssigned.id).isNotNull();
  }

  private static void submit(String token, String title) {
    UUID id = draft(token, aSuggestion().titled(title));
    post(token, BASE + "/" + id + "/submit", null).statusCode(200);
  }

  private static byte[] bytes(String token, String path) {
    return given().auth().oauth2(token).get(path).then().statusCode(200).extract().asByteArray();
  }

  private static List<String> csvLines(String token, String path) {
    String body = new String(bytes(token, path), StandardCharsets.UTF_8);
    return List.of(body.split("\r\n"));
  }

  private static String title(String line) {
    return line.split(",")[2];
  }
}
