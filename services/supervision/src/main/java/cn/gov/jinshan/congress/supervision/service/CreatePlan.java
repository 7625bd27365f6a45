package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Creates the annual supervision plan of a year (one per congress and year). */
public record CreatePlan(
    @NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title) {}
