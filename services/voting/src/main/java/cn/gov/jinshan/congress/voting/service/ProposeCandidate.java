package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Proposes a candidate project. The source follows from the caller: a department's staff propose
 * for their department, a deputy for themselves (optionally from their suggestion), congress staff
 * on behalf of the public.
 */
public record ProposeCandidate(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 5000) String description,
    UUID suggestionId) {}
