package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.Gender;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Registers a deputy (staff). {@code id} is optional: give it to match the {@code deputy_id} of an
 * existing login. {@code personId} (optional) links the same person's membership of another
 * congress. Also the body of a full update, where {@code id} and {@code personId} are ignored.
 */
public record RegisterDeputy(
    UUID id,
    UUID personId,
    @NotBlank @Size(max = 50) String name,
    @NotNull Gender gender,
    @Min(1900) @Max(2100) Integer birthYear,
    @Size(max = 50) String party,
    @Size(max = 200) String occupation,
    @NotNull DeputyLevel level,
    @NotNull @Min(1) @Max(99) Integer term,
    @NotNull UUID delegationId,
    @Size(max = 100) String userSubject,
    @Pattern(regexp = "[0-9+\\- ]{5,20}") String phone,
    @Email @Size(max = 100) String email,
    @Size(max = 2000) String biography) {}
