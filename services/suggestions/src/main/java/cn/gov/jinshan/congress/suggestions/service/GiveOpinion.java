package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A co-handler's opinion to the lead department (协办意见). */
public record GiveOpinion(@NotBlank @Size(max = 10000) String text) {}
