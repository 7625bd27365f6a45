package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Renames a congress or moves it to a new term or session (admin). */
public record UpdateCongress(
    @NotBlank @Size(max = 100) String name,
    @NotNull @Min(1) @Max(99) Integer currentTerm,
    @NotNull @Min(1) @Max(20) Integer currentSession) {}
