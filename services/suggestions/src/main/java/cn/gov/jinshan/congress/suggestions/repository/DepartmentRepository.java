package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Department;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, UUID> {

  public Optional<Department> findByCode(String congressId, String code) {
    return find("congressId = ?1 and code = ?2", congressId, code).firstResultOptional();
  }

  /** The units of the congress with the given codes (unknown codes are simply absent). */
  public List<Department> findByCodes(String congressId, Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return list("congressId = ?1 and code in ?2", congressId, codes);
  }

  /** All units of the given congresses: a congress has tens of them. */
  public List<Department> ofCongresses(Collection<String> congressIds) {
    return list("congressId in ?1", congressIds);
  }

  /** A page by code, after {@code afterCode} when given; {@code active} null lists all. */
  public List<Department> page(String congressId, Boolean active, String afterCode, int limit) {
    String where = "congressId = :congress";
    Parameters p = Parameters.with("congress", congressId);
    if (active != null) {
      where += " and active = :active";
      p.and("active", active);
    }
    if (afterCode != null) {
      where += " and code > :after";
      p.and("after", afterCode);
    }
    return find(where + " order by code", p).page(0, limit).list();
  }
}
