package cn.gov.jinshan.congress.e2e;

import java.time.LocalDate;
import java.time.ZoneId;

/** A dev deputy's performance record (履职档案) in the deputies service, read by the deputy. */
final class Performance {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Performance() {}

  /** Activities are dated in China: the record of the current year there. */
  static int thisYear() {
    return LocalDate.now(CHINA).getYear();
  }

  /** How many activities of that kind deputy n has this year. */
  static long count(int n, String kind) {
    return count(n, kind, thisYear());
  }

  /** How many activities of that kind deputy n has in the year. */
  static long count(int n, String kind, int year) {
    Number count =
        Gateway.as(Users.deputy(n))
            .get("/api/v1/deputies/{id}/performance-records/{year}", DevDeputies.id(n), thisYear())
            .then()
            .statusCode(200)
            .extract()
            .path("counts." + kind);
    return count == null ? 0 : count.longValue();
  }
}
