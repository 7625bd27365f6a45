package cn.gov.jinshan.congress.suggestions.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (so the Chinese is read right), CRLF, and
 * text that a spreadsheet could take for a formula prefixed with an apostrophe (CSV injection, as
 * OWASP describes it).
 */
final class CsvTableWriter implements TableWriter {
  private final Writer out;

  CsvTableWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void header(List<String> names) throws IOException {
    out.write('\ufeff');
    row(names);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private static String cell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Rate rate) {
      return rate.value() == null ? "" : String.format("%.2f%%", rate.value() * 100);
    }
    return cell instanceof String text ? escape(text) : cell.toString();
  }

  private static String escape(String cell) {
    String safe = looksLikeFormula(cell) ? "'" + cell : cell;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? '"' + safe.replace("\"", "\"\"") + '"'
        : safe;
  }

  /**
   * A cell a spreadsheet may evaluate: its first character is one of {@code = + - @}, a tab or a
   * carriage return, or its first character after leading spaces is one of {@code = + - @}
   * (spreadsheets trim those spaces). Looks only at the start, so a cell with line breaks is judged
   * by its first line's beginning like any other.
   */
  static boolean looksLikeFormula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    int i = 0;
    while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
      i++;
    }
    return i < cell.length() && "=+-@".indexOf(cell.charAt(i)) >= 0;
  }
}
