package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A deputy's inspection of a project and their comment. */
public record RecordInspection(
    @NotNull LocalDate inspectedOn, @NotBlank @Size(max = 5000) String comment) {}
