package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Deliberation opinions (审议意见) to the department.
 *
 * @param rectificationDeadline optional; by default issuedOn plus the configured period (6 months)
 */
public record IssueOpinion(
    @NotBlank @Size(max = 50000) String text,
    @NotNull LocalDate issuedOn,
    LocalDate rectificationDeadline) {}
