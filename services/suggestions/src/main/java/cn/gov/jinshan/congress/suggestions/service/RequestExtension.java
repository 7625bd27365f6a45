package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The lead department asks for a later deadline (延期申请). */
public record RequestExtension(
    @NotNull LocalDate newDueOn, @NotBlank @Size(max = 2000) String reason) {}
