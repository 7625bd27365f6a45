package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member of the Standing Committee for one term.
 *
 * @param memberId the member's login subject (the {@code sub} of their token)
 * @param servesUntil when the membership ended or ends; open while the term runs
 */
public record RegisterMember(
    @NotBlank @Size(max = 100) String memberId,
    @NotBlank @Size(max = 50) String name,
    @NotNull @Min(1) @Max(99) Integer term,
    @NotNull LocalDate servesFrom,
    LocalDate servesUntil) {

  @AssertTrue(message = "servesUntil must not be before servesFrom")
  public boolean isOrdered() {
    return servesFrom == null || servesUntil == null || !servesUntil.isBefore(servesFrom);
  }
}
