package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.Attendee;
import java.util.List;
import java.util.Objects;

/**
 * Who was present at a meeting (a hearing, a rectification evaluation, a performance review), as
 * the request names them.
 */
final class Attendances {
  private Attendances() {}

  static List<Attendee> attendees(List<RecordAttendance.Present> present) {
    return present.stream()
        .map(
            p ->
                new Attendee(
                    p.memberId() == null || p.memberId().isBlank() ? null : p.memberId().strip(),
                    p.deputyId(),
                    p.name().strip()))
        .toList();
  }

  /** The committee members among them, who must be serving on the meeting day. */
  static List<String> memberIds(List<Attendee> present) {
    return present.stream().map(Attendee::memberId).filter(Objects::nonNull).toList();
  }
}
