package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Department;
import cn.gov.jinshan.congress.suggestions.domain.DepartmentKind;
import java.time.Instant;
import java.util.UUID;

/** A handling unit (承办单位). */
public record DepartmentResponse(
    UUID id,
    String congressId,
    String code,
    String name,
    String shortName,
    DepartmentKind kind,
    String kindLabel,
    String contactPerson,
    String contactPhone,
    boolean active,
    long version,
    Instant createdAt,
    Instant updatedAt) {
  public static DepartmentResponse from(Department d) {
    return new DepartmentResponse(
        d.id(),
        d.congressId(),
        d.code(),
        d.name(),
        d.shortName(),
        d.kind(),
        d.kind().label(),
        d.contactPerson(),
        d.contactPhone(),
        d.active(),
        d.version(),
        d.createdAt(),
        d.updatedAt());
  }
}
