package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Staff assign the item to one lead department and any co-handlers (交办). */
public record AssignItem(
    @NotBlank @Size(max = 50) String leadDepartmentId,
    @Size(max = 20) List<@NotBlank @Size(max = 50) String> coHandlerDepartmentIds) {}
