package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.query.DeputySearch;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeputyRepository implements PanacheRepositoryBase<Deputy, UUID> {
  /**
   * Every query of deputies starts here. The delegation is an eager association, which a query
   * (unlike a load by id) does not join by itself: without the fetch, each query cost a second
   * statement for the delegations of the deputies it found (e.g. each BallotCast the activity
   * record reads).
   */
  private static final String DEPUTIES = "from Deputy d join fetch d.delegation where ";

  /** A deputy of the given congress; another congress's deputy is as good as absent. */
  public Optional<Deputy> findInCongress(String congressId, UUID id) {
    return find(DEPUTIES + "d.id = ?1 and d.congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Every membership of a person, in any congress. */
  public List<Deputy> memberships(UUID personId) {
    return list(DEPUTIES + "d.personId = ?1 order by d.congressId", personId);
  }

  /**
   * Searches by name substring (Chinese works: trigram index), delegation, level and status,
   * ordered by name then id, after the keyset {@code (afterName, afterId)} when given.
   */
  public List<Deputy> search(DeputySearch search, int limit) {
    List<String> where = new ArrayList<>(List.of("d.congressId = :congress"));
    Parameters params = Parameters.with("congress", search.congressId());
    if (search.nameContains() != null) {
      where.add("lower(d.name) like :name escape '\\'");
      params.and("name", "%" + escapeLike(search.nameContains().toLowerCase()) + "%");
    }
    if (search.delegationId() != null) {
      where.add("d.delegation.id = :delegation");
      params.and("delegation", search.delegationId());
    }
    if (search.level() != null) {
      where.add("d.level = :level");
      params.and("level", search.level());
    }
    if (search.status() != null) {
      where.add("d.status = :status");
      params.and("status", search.status());
    }
    if (search.afterName() != null) {
      where.add("(d.name > :afterName or (d.name = :afterName and d.id > :afterId))");
      params.and("afterName", search.afterName()).and("afterId", search.afterId());
    }
    return find(DEPUTIES + String.join(" and ", where) + " order by d.name, d.id", params)
        .page(0, limit)
        .list();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
