package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A department sends its task back (退办) with the reason. */
public record SendBack(@NotBlank @Size(max = 2000) String reason) {}
