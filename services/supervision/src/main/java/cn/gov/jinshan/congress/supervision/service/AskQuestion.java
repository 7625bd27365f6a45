package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's question at the inquiry (问). */
public record AskQuestion(
    @NotBlank @Size(max = 5000) String question, @Size(max = 50) String askerName) {}
