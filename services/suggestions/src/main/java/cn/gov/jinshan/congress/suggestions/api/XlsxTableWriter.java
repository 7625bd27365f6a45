package cn.gov.jinshan.congress.suggestions.api;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet written as a stream (FastExcel): rows are flushed as they come, so a large export never
 * sits in memory. Counts are numbers, dates are dates, rates are numbers formatted as percentages.
 */
final class XlsxTableWriter implements TableWriter {
  private static final int FLUSH_EVERY_ROWS = 500;
  private final Workbook workbook;
  private final Worksheet sheet;
  private int next;

  XlsxTableWriter(OutputStream out, String sheetName) {
    this.workbook = new Workbook(out, "congress-suggestions", "1.0");
    this.sheet = workbook.newWorksheet(sheetName);
  }

  @Override
  public void header(List<String> names) throws IOException {
    row(names);
    sheet.range(0, 0, 0, names.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    int r = next++;
    for (int c = 0; c < cells.size(); c++) {
      write(r, c, cells.get(c));
    }
    if (next % FLUSH_EVERY_ROWS == 0) {
      sheet.flush();
    }
  }

  @Override
  public void finish() throws IOException {
    workbook.finish();
  }

  private void write(int r, int c, Object cell) {
    if (cell instanceof Rate rate) {
      if (rate.value() != null) {
        sheet.value(r, c, rate.value());
        sheet.style(r, c).format("0.00%").set();
      }
    } else if (cell instanceof Long count) {
      sheet.value(r, c, count);
    } else if (cell instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else if (cell != null) {
      sheet.value(r, c, cell.toString());
    }
  }
}
