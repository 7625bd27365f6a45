package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Staff resolve a tie at the cut-off: the tied candidates that take the open seats, and the
 * recorded decision that chose them (e.g. the minutes of a further vote).
 */
public record ResolveTie(
    @NotNull @Size(min = 1, max = 50) List<@NotNull UUID> candidateIds,
    @NotBlank @Size(max = 2000) String decision) {}
