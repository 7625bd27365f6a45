package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff mark the item for key supervision with its supervising leader (重点督办). */
public record MarkKey(@NotBlank @Size(max = 100) String supervisingLeader) {}
