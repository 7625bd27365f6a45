package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A progress report: percentage complete, narrative, attachment URIs. */
public record ReportProgress(
    @NotNull @Min(0) @Max(100) Integer percentage,
    @NotBlank @Size(max = 10000) String narrative,
    @Size(max = 20) List<@NotBlank @Size(max = 500) String> attachments) {}
