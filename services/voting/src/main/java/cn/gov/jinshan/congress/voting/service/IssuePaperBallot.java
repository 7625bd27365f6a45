package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Staff hand a checked-in deputy a paper ballot (发票); it counts as their one ballot. */
public record IssuePaperBallot(@NotNull UUID deputyId) {}
