package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.contracts.suggestions.DepartmentRegistered;
import cn.gov.jinshan.congress.contracts.suggestions.DepartmentUpdated;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Department;
import cn.gov.jinshan.congress.suggestions.repository.DepartmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handling units (承办单位) of the caller's congress: kept by administrators (every change an
 * event, for the audit ledger), listed for pickers, checked on assignment, and the source of the
 * names that pages, exports and public views show instead of codes.
 */
@ApplicationScoped
public class DepartmentService {
  private final DepartmentRepository departments;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;

  public DepartmentService(
      DepartmentRepository departments, OutboxWriter outbox, Access access, Today today) {
    this.departments = departments;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
  }

  @Transactional
  public List<Department> list(Boolean active, String afterCode, int fetch) {
    return departments.page(access.congressId(), active, afterCode, fetch);
  }

  @Transactional
  public Department get(String code) {
    return find(code);
  }

  @Transactional
  public Department register(RegisterDepartment command) {
    String congress = access.congressId();
    if (departments.findByCode(congress, command.code().strip()).isPresent()) {
      throw ProblemException.conflict("department.exists", command.code().strip());
    }
    Department d =
        Department.register(
            congress,
            command.code(),
            command.name(),
            command.shortName(),
            command.kind(),
            command.contactPerson(),
            command.contactPhone(),
            today.now());
    departments.persist(d);
    outbox.append(
        new DepartmentRegistered(
            d.id().toString(),
            d.congressId(),
            d.code(),
            d.name(),
            d.shortName(),
            d.kind().name(),
            d.active(),
            d.createdAt()),
        access.actor());
    departments.flush();
    return d;
  }

  @Transactional
  public Department update(String code, UpdateDepartment command, String ifMatch) {
    Department d = find(code);
    Etags.requireMatch(ifMatch, d.version());
    d.change(
        command.name(),
        command.shortName(),
        command.kind(),
        command.contactPerson(),
        command.contactPhone(),
        command.active(),
        today.now());
    return updated(d);
  }

  @Transactional
  public Department deactivate(String code, String ifMatch) {
    Department d = find(code);
    if (ifMatch != null) {
      Etags.requireMatch(ifMatch, d.version());
    }
    d.deactivate(today.now());
    return updated(d);
  }

  private Department updated(Department d) {
    outbox.append(
        new DepartmentUpdated(
            d.id().toString(),
            d.congressId(),
            d.code(),
            d.name(),
            d.shortName(),
            d.kind().name(),
            d.active(),
            d.updatedAt()),
        access.actor());
    departments.flush(); // the answer's ETag is the version this change gives the row
    return d;
  }

  /**
   * Assignment takes only units of the congress that are active: an unknown code or an inactive
   * unit is a 422 naming it.
   */
  public void requireAssignable(String congressId, Collection<String> codes) {
    Set<String> wanted = new LinkedHashSet<>(codes);
    Map<String, Department> found =
        departments.findByCodes(congressId, wanted).stream()
            .collect(Collectors.toMap(Department::code, d -> d));
    for (String code : wanted) {
      Department d = found.get(code);
      if (d == null) {
        throw ProblemException.businessRule("department.unknown", code);
      }
      if (!d.active()) {
        throw ProblemException.businessRule("department.inactive", d.name(), code);
      }
    }
  }

  /** The units' names per congress and code (a code without a unit is shown as it is). */
  @Transactional
  public DepartmentNames names(Collection<String> congressIds) {
    Map<String, Map<String, String>> names = new HashMap<>();
    for (Department d : departments.ofCongresses(congressIds)) {
      names.computeIfAbsent(d.congressId(), k -> new HashMap<>()).put(d.code(), d.name());
    }
    return new DepartmentNames(names);
  }

  @Transactional
  public DepartmentNames names(String congressId) {
    return names(List.of(congressId));
  }

  private Department find(String code) {
    return departments
        .findByCode(access.congressId(), code)
        .orElseThrow(() -> ProblemException.notFound("department", code));
  }
}
