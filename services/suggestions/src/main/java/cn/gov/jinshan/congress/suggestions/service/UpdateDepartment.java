package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.DepartmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New values of a handling unit; the code stays. {@code active} false deactivates it. */
public record UpdateDepartment(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 50) String shortName,
    @NotNull DepartmentKind kind,
    @Size(max = 50) String contactPerson,
    @Size(max = 30) String contactPhone,
    @NotNull Boolean active) {}
