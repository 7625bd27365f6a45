package cn.gov.jinshan.congress.suggestions.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The XLSX export: the JSON figures, as numbers and percentages Excel computes with. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatisticsXlsxTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  private static final String PATH = "/api/v1/suggestion-statistics.xlsx";

  @Test
  void shouldExportTheFiguresAsAWorkbookWithNumbersAndPercentages() throws Exception {
    Flow closed = Flow.create().inProgress().contacted(TODAY).reply("A").evaluate("SATISFIED");
    closed.another().inProgress();

    byte[] xlsx =
        given()
            .auth()
            .oauth2(closed.congress.staffToken)
            .get(PATH)
            .then()
            .statusCode(200)
            .contentType(TableWriter.XLSX_MEDIA_TYPE)
            .header("Content-Disposition", containsString("suggestion-statistics.xlsx"))
            .extract()
            .asByteArray();

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("建议办理统计");
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3); // the header, the department, all departments
      Row header = rows.get(0);
      List<String> columns = StatisticsTable.header();
      assertThat(header.getCellCount()).isEqualTo(columns.size());
      assertThat(header.getCellText(0)).isEqualTo("人大");
      assertThat(header.getCellText(columns.indexOf("满意率"))).isEqualTo("满意率");

      Row department = rows.get(1);
      assertThat(department.getCellText(0)).isEqualTo(closed.congress.id);
      assertThat(department.getCellText(1))
          .isEqualTo(TestCongress.departmentName(closed.leadDepartment));
      assertThat(department.getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(department.getCellAsNumber(2)).contains(new BigDecimal("2"));
      int contactRate = columns.indexOf("见面率");
      assertThat(department.getCell(contactRate).getType()).isEqualTo(CellType.NUMBER);
      assertThat(department.getCellAsNumber(contactRate).orElseThrow()).isEqualByComparingTo("0.5");
      assertThat(department.getCell(contactRate).getDataFormatString()).isEqualTo("0.00%");
      assertThat(department.getCellAsNumber(columns.indexOf("满意率")).orElseThrow())
          .isEqualByComparingTo("1");
      assertThat(rows.get(2).getCellText(1)).isEqualTo("合计");
    }
  }

  @Test
  void shouldServeTheWorkbookOnlyToStaffOfTheCongress() {
    Flow f = Flow.create().drafted();
    given().auth().oauth2(f.leadToken).get(PATH).then().statusCode(403);
    given().auth().oauth2(f.leadDeptToken).get(PATH).then().statusCode(403);
    String other = Flow.create().congress.id;
    given()
        .auth()
        .oauth2(f.congress.staffToken)
        .get(PATH + "?congressId=" + other)
        .then()
        .statusCode(403);
  }
}
