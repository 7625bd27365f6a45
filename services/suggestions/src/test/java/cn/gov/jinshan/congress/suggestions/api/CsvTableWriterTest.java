package cn.gov.jinshan.congress.suggestions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+2",
        "+1",
        "-1",
        "@SUM(A1)",
        "\t=1+2",
        "\r=1+2",
        "  =1+2",
        "=HYPERLINK(\"http://x\")\n第二行",
        "\n=1+2"
      })
  void shouldDefuseEveryCellThatASpreadsheetCouldEvaluate(String text) throws Exception {
    String written = written(text);

    assertThat(written).as("the cell starts with an apostrophe").matches("(?s)^\"?'.*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"关于增设公交站点的建议", "a=b", "电话 021-1234", ""})
  void shouldLeaveOrdinaryTextAlone(String text) throws Exception {
    assertThat(written(text)).doesNotContain("'");
  }

  private static String written(String cell) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvTableWriter writer = new CsvTableWriter(bytes);
    writer.row(List.of(cell));
    writer.finish();
    String line = bytes.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 2); // without the row's CRLF
  }
}
