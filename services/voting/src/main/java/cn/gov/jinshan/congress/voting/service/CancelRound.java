package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancels a round opened by mistake; the reason is required and kept with the round. */
public record CancelRound(@NotBlank @Size(max = 2000) String reason) {}
