package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff return a submitted item to the deputy, with the reason. */
public record ReturnItem(@NotBlank @Size(max = 2000) String reason) {}
