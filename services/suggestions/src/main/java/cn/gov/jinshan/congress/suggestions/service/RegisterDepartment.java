package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.DepartmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator registers a handling unit (承办单位). */
public record RegisterDepartment(
    @Schema(
            description =
                "The unit's code, as department logins carry it (claim department_id) and"
                    + " assignments name it",
            examples = "HEALTH")
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[A-Za-z0-9_-]+")
        String code,
    @Schema(examples = "区卫生健康委员会") @NotBlank @Size(max = 100) String name,
    @Schema(description = "Defaults to the name", examples = "区卫健委") @Size(max = 50)
        String shortName,
    @NotNull DepartmentKind kind,
    @Size(max = 50) String contactPerson,
    @Size(max = 30) String contactPhone) {}
