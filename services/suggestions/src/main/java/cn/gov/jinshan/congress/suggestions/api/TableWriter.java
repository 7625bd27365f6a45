package cn.gov.jinshan.congress.suggestions.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An export written as it goes, row by row, as CSV or XLSX: one header, then rows of cells. A cell
 * is a {@link String}, a {@link Long} (a count), a {@link java.time.LocalDate}, a {@link Rate} or
 * null (empty).
 */
interface TableWriter {
  String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
  String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A share between 0 and 1; {@code value} is null when its base is zero (an empty cell). */
  record Rate(Double value) {}

  void header(List<String> names) throws IOException;

  void row(List<?> cells) throws IOException;

  /** Writes what is left; the stream stays open. */
  void finish() throws IOException;

  /** The export formats, with their media type. */
  enum Format {
    CSV(CSV_MEDIA_TYPE),
    XLSX(XLSX_MEDIA_TYPE);

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    String mediaType() {
      return mediaType;
    }

    String extension() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    TableWriter writer(OutputStream out, String sheetName) {
      return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheetName);
    }
  }
}
