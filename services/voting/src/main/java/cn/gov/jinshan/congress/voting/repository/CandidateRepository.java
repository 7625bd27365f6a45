package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

  public Optional<Candidate> findInRound(String congressId, UUID roundId, UUID id) {
    return find("id = ?1 and congressId = ?2 and roundId = ?3", id, congressId, roundId)
        .firstResultOptional();
  }

  public List<Candidate> withStatus(String congressId, UUID roundId, CandidateStatus status) {
    return list(
        "congressId = ?1 and roundId = ?2 and status = ?3 order by createdAt, id",
        congressId,
        roundId,
        status);
  }

  public long countWithStatus(String congressId, UUID roundId, CandidateStatus status) {
    return count("congressId = ?1 and roundId = ?2 and status = ?3", congressId, roundId, status);
  }

  /** In proposal order, after the keyset when given; optionally one status only. */
  public List<Candidate> page(
      String congressId,
      UUID roundId,
      CandidateStatus status,
      Instant afterCreated,
      UUID afterId,
      int limit) {
    StringBuilder where = new StringBuilder("congressId = :c and roundId = :r");
    var params = io.quarkus.panache.common.Parameters.with("c", congressId).and("r", roundId);
    if (status != null) {
      where.append(" and status = :s");
      params.and("s", status);
    }
    if (afterCreated != null) {
      where.append(" and (createdAt > :t or (createdAt = :t and id > :i))");
      params.and("t", afterCreated).and("i", afterId);
    }
    return find(where + " order by createdAt, id", params).page(0, limit).list();
  }
}
