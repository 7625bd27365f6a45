package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.CommitteeMember;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of the Standing Committee; {@code memberId} is what attendance and ratings name.
 *
 * @param current whether the membership runs today
 */
public record CommitteeMemberResponse(
    UUID id,
    String congressId,
    String memberId,
    String name,
    int term,
    LocalDate servesFrom,
    LocalDate servesUntil,
    boolean current,
    long version) {
  public static CommitteeMemberResponse from(CommitteeMember m, LocalDate today) {
    return new CommitteeMemberResponse(
        m.id(),
        m.congressId(),
        m.memberId(),
        m.name(),
        m.term(),
        m.servesFrom(),
        m.servesUntil(),
        m.servesOn(today),
        m.version());
  }
}
