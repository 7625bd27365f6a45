package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The lead deputy's evaluation of the latest reply. */
public record Evaluate(@NotNull EvaluationResult result, @Size(max = 2000) String comment) {}
