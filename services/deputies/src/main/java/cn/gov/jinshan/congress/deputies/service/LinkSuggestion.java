package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Links the suggestion a constituent's opinion became. */
public record LinkSuggestion(@NotNull UUID suggestionId) {}
