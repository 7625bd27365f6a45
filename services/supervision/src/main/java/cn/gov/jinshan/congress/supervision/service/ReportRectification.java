package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The department's written report on its rectification. */
public record ReportRectification(@NotBlank @Size(max = 100000) String text) {}
