package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.CongressLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds a congress (admin). A town names its parent (the district). */
public record RegisterCongress(
    @NotNull @Pattern(regexp = "[A-Z0-9-]{2,40}") String id,
    @NotBlank @Size(max = 100) String name,
    @NotNull CongressLevel level,
    @Pattern(regexp = "[A-Z0-9-]{2,40}") String parentId,
    @NotNull @Min(1) @Max(99) Integer currentTerm,
    @NotNull @Min(1) @Max(20) Integer currentSession) {}
