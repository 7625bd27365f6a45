package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The lead deputy's evaluation of the latest reply: satisfied, basically satisfied or dissatisfied
 * (NOT_EVALUATED is recorded by the system only and is refused as input).
 */
public record Evaluate(@NotNull EvaluationChoice result, @Size(max = 2000) String comment) {}
