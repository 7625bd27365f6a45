package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;

/** Staff approve or reject an extension request. */
public record DecideExtension(@NotNull Boolean approve) {}
