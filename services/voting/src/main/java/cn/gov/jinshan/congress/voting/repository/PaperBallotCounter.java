package cn.gov.jinshan.congress.voting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Paper ballots issued and returned per round (table {@code paper_ballot_count}), the one place
 * where "no more paper ballots come back than were issued" (收回 ≤ 发出) is decided. Both updates are
 * single atomic statements on one row; a concurrent one waits for the row and re-checks its
 * condition on the committed value, so the rule holds without locking the round.
 */
@ApplicationScoped
public class PaperBallotCounter {
  private final EntityManager em;

  public PaperBallotCounter(EntityManager em) {
    this.em = em;
  }

  /** One more paper ballot handed out in the round. */
  public void issue(String congressId, UUID roundId) {
    em.createNativeQuery(
            "INSERT INTO paper_ballot_count (round_id, congress_id, issued, returned)"
                + " VALUES (?1, ?2, 1, 0)"
                + " ON CONFLICT (round_id) DO UPDATE SET issued = paper_ballot_count.issued + 1")
        .setParameter(1, roundId)
        .setParameter(2, congressId)
        .executeUpdate();
  }

  /**
   * Counts one paper ballot back in, unless all issued ones are back. Call it last in the entry's
   * transaction: the row stays locked until commit, so the shorter that is, the more entries run
   * side by side.
   *
   * @return false when every issued paper ballot has already been returned
   */
  public boolean returnOne(String congressId, UUID roundId) {
    return em.createNativeQuery(
                "UPDATE paper_ballot_count SET returned = returned + 1"
                    + " WHERE round_id = ?1 AND congress_id = ?2 AND returned < issued")
            .setParameter(1, roundId)
            .setParameter(2, congressId)
            .executeUpdate()
        == 1;
  }

  /** Paper ballots issued in the round so far. */
  public int issued(String congressId, UUID roundId) {
    @SuppressWarnings("unchecked")
    List<Number> rows =
        em.createNativeQuery(
                "SELECT issued FROM paper_ballot_count WHERE round_id = ?1 AND congress_id = ?2")
            .setParameter(1, roundId)
            .setParameter(2, congressId)
            .getResultList();
    return rows.isEmpty() ? 0 : rows.get(0).intValue();
  }
}
