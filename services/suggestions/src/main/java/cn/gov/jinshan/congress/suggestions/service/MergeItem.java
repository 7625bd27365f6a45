package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Staff merge the item into another registered one (并案). */
public record MergeItem(@NotNull UUID intoId) {}
