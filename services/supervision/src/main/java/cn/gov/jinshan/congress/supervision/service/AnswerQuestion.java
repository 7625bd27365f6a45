package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The department's answer to a question. */
public record AnswerQuestion(@NotBlank @Size(max = 20000) String answer) {}
