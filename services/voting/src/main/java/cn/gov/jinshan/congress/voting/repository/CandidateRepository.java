package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** How many candidates of each status the rounds have: round → status → count. */
  public Map<UUID, Map<CandidateStatus, Long>> countsByRound(
      String congressId, Collection<UUID> roundIds) {
    Map<UUID, Map<CandidateStatus, Long>> counts = new HashMap<>();
    if (roundIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select c.roundId, c.status, count(c) from Candidate c"
                    + " where c.congressId = ?1 and c.roundId in ?2 group by c.roundId, c.status",
                Object[].class)
            .setParameter(1, congressId)
            .setParameter(2, roundIds)
            .getResultList();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent((UUID) row[0], r -> new EnumMap<>(CandidateStatus.class))
          .put((CandidateStatus) row[1], (Long) row[2]);
    }
    return counts;
  }
}
