package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.CommitteeMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CommitteeMemberRepository implements PanacheRepositoryBase<CommitteeMember, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<CommitteeMember> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public boolean exists(String congressId, String memberId, int term) {
    return count("congressId = ?1 and memberId = ?2 and term = ?3", congressId, memberId, term) > 0;
  }

  /** Of the given subjects, those who are members of the congress on that day. */
  public List<String> servingOn(String congressId, Collection<String> memberIds, LocalDate day) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select distinct m.memberId from CommitteeMember m where m.congressId = :congress"
                + " and m.memberId in :ids and m.servesFrom <= :day"
                + " and (m.servesUntil is null or m.servesUntil >= :day)",
            String.class)
        .setParameter("congress", congressId)
        .setParameter("ids", memberIds)
        .setParameter("day", day)
        .getResultList();
  }

  /**
   * Members by name then id, after the keyset when given; only those serving on {@code day} when it
   * is given, of one term when {@code term} is given.
   */
  public List<CommitteeMember> list(
      String congressId, LocalDate day, Integer term, String afterName, UUID afterId, int limit) {
    StringBuilder query = new StringBuilder("congressId = :congress");
    Parameters params = Parameters.with("congress", congressId);
    if (day != null) {
      query.append(" and servesFrom <= :day and (servesUntil is null or servesUntil >= :day)");
      params.and("day", day);
    }
    if (term != null) {
      query.append(" and term = :term");
      params.and("term", term);
    }
    if (afterName != null) {
      query.append(" and (name > :afterName or (name = :afterName and id > :afterId))");
      params.and("afterName", afterName).and("afterId", afterId);
    }
    query.append(" order by name, id");
    return find(query.toString(), params).page(0, limit).list();
  }
}
