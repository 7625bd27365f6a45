package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * Someone present at a meeting: a Standing Committee member (by login subject; members rate) and/or
 * a deputy (by deputy id; the deputies service counts the attendance).
 */
@Embeddable
public class Attendee {
  private String memberId;

  private UUID deputyId;

  private String name;

  protected Attendee() {}

  public Attendee(String memberId, UUID deputyId, String name) {
    this.memberId = memberId;
    this.deputyId = deputyId;
    this.name = name;
  }

  public String memberId() {
    return memberId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public String name() {
    return name;
  }
}
