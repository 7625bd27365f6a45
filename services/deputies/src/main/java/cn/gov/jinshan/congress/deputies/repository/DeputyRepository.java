package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeputyRepository implements PanacheRepositoryBase<Deputy, UUID> {

  /** A deputy of the given congress; another congress's deputy is as good as absent. */
  public Optional<Deputy> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Every membership of a person, in any congress. */
  public List<Deputy> memberships(UUID personId) {
    return list("personId = ?1 order by congressId", personId);
  }

  /**
   * Searches by name substring (Chinese works: trigram index), delegation, level and status,
   * ordered by name then id, after the keyset {@code (afterName, afterId)} when given.
   */
  public List<Deputy> search(DeputySearch search, int limit) {
    List<String> where = new ArrayList<>(List.of("congressId = :congress"));
    Parameters params = Parameters.with("congress", search.congressId());
    if (search.nameContains() != null) {
      where.add("lower(name) like :name escape '\\'");
      params.and("name", "%" + escapeLike(search.nameContains().toLowerCase()) + "%");
    }
    if (search.delegationId() != null) {
      where.add("delegation.id = :delegation");
      params.and("delegation", search.delegationId());
    }
    if (search.level() != null) {
      where.add("level = :level");
      params.and("level", search.level());
    }
    if (search.status() != null) {
      where.add("status = :status");
      params.and("status", search.status());
    }
    if (search.afterName() != null) {
      where.add("(name > :afterName or (name = :afterName and id > :afterId))");
      params.and("afterName", search.afterName()).and("afterId", search.afterId());
    }
    return find(String.join(" and ", where) + " order by name, id", params).page(0, limit).list();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The filter of a deputy search. */
  public record DeputySearch(
      String congressId,
      String nameContains,
      UUID delegationId,
      DeputyLevel level,
      DeputyStatus status,
      String afterName,
      UUID afterId) {}
}
