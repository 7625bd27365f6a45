package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.Choice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A ballot: one mark for every shortlisted candidate, at most N of them FOR. */
public record CastBallot(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Mark> choices) {

  /** The mark for one candidate. */
  public record Mark(@NotNull UUID candidateId, @NotNull Choice choice) {}
}
