package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The screening decision (论证初定). SHORTLISTED needs feasibility, estimated cost (yuan) and the
 * responsible department; REJECTED needs a reason.
 */
public record ScreenCandidate(
    @NotNull Outcome outcome,
    @Size(max = 2000) String feasibility,
    @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal estimatedCost,
    @Size(max = 100) String responsibleDepartmentId,
    @Size(max = 1000) String rejectionReason) {

  /** The decision. */
  public enum Outcome {
    SHORTLISTED,
    REJECTED
  }
}
