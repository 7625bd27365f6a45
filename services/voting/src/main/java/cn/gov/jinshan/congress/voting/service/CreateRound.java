package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Opens the yearly round: title, N (projects to select) and the dates of the phases.
 *
 * @param projectsToSelect N: at most N FOR marks per ballot, at most N projects selected
 */
public record CreateRound(
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotBlank @Size(max = 200) String title,
    @NotNull @Min(1) @Max(50) Integer projectsToSelect,
    @NotNull LocalDate collectingEndsOn,
    @NotNull LocalDate screeningEndsOn,
    @NotNull LocalDate votingOn,
    @NotNull Instant checkInOpensAt,
    @NotNull Instant checkInClosesAt,
    @NotNull LocalDate implementingEndsOn,
    @NotNull LocalDate evaluatingEndsOn) {}
