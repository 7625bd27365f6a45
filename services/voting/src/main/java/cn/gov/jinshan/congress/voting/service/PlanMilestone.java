package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone of a project's delivery plan. */
public record PlanMilestone(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueOn) {}
