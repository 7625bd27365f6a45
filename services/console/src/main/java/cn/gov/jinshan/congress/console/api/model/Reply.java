package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A handling unit's formal reply and the deputy's evaluation of it. */
public record Reply(
    UUID id,
    String departmentName,
    int round,
    String replyClass,
    String replyClassLabel,
    String text,
    boolean publishable,
    LocalDate promisedOn,
    String signedBy,
    LocalDate repliedOn,
    String evaluation,
    String evaluationLabel,
    String evaluationComment,
    Instant evaluatedAt) {

  /**
   * The round as people count it: the API numbers the first reply 0 (re-handling adds one), a page
   * says 第1轮.
   */
  public int roundNumber() {
    return round + 1;
  }
}
