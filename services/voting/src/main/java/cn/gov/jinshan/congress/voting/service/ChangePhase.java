package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import jakarta.validation.constraints.NotNull;

/** Moves a round to its next phase (one step; VOTING opens the ballot). */
public record ChangePhase(@NotNull RoundPhase phase) {}
