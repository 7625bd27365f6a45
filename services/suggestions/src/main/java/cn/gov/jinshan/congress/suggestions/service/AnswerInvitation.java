package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;

/** An invited deputy accepts or declines co-signing. */
public record AnswerInvitation(@NotNull Boolean accept) {}
