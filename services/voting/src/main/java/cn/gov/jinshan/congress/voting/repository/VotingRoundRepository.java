package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VotingRoundRepository implements PanacheRepositoryBase<VotingRound, UUID> {

  public Optional<VotingRound> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Whether a round not cancelled holds the year (a cancelled one leaves it free). */
  public boolean yearTaken(String congressId, int year) {
    return count(
            "congressId = ?1 and year = ?2 and phase <> ?3", congressId, year, RoundPhase.CANCELLED)
        > 0;
  }

  /**
   * Locks the round row (FOR UPDATE, which conflicts with the FOR SHARE each ballot takes) and
   * re-reads it: closing waits for ballots in flight, and later ballots see the round closed.
   */
  public void lockExclusively(VotingRound round) {
    getEntityManager().refresh(round, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Newest year first (a year may hold cancelled rounds next to its round, so the id breaks ties),
   * after the keyset (year, id) when given.
   */
  public List<VotingRound> list(String congressId, Integer beforeYear, UUID beforeId, int limit) {
    return newestFirst(
        "congressId = :c", Parameters.with("c", congressId), beforeYear, beforeId, limit);
  }

  /**
   * The rounds the public sees: as {@link #list}, without the cancelled ones (opened by mistake,
   * they never reached the public).
   */
  public List<VotingRound> publicPage(
      String congressId, Integer beforeYear, UUID beforeId, int limit) {
    return newestFirst(
        "congressId = :c and phase <> :cancelled",
        Parameters.with("c", congressId).and("cancelled", RoundPhase.CANCELLED),
        beforeYear,
        beforeId,
        limit);
  }

  private List<VotingRound> newestFirst(
      String where, Parameters params, Integer beforeYear, UUID beforeId, int limit) {
    if (beforeYear != null) {
      where += " and (year < :y or (year = :y and id < :i))";
      params.and("y", beforeYear).and("i", beforeId);
    }
    return find(where + " order by year desc, id desc", params).page(0, limit).list();
  }
}
