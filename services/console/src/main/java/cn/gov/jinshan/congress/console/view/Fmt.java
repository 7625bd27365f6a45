package cn.gov.jinshan.congress.console.view;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Formats for templates ({@code fmt:date(x)}): dates as 2025年3月1日, empty as a dash. */
@TemplateExtension(namespace = "fmt")
public final class Fmt {
  /** Dates of the platform are days in China. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Fmt() {}

  public static String date(LocalDate date) {
    return date == null
        ? "—"
        : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  public static String day(Instant instant) {
    return instant == null ? "—" : date(instant.atZone(ZONE).toLocalDate());
  }

  /** A value for a link's query string (a page token may carry '+', '/' or '='). */
  public static String query(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}
