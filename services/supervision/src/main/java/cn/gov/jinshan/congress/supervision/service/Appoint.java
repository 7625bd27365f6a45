package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An appointment (任免) by the Standing Committee. */
public record Appoint(
    @NotBlank @Size(max = 50) String personName,
    @NotBlank @Size(max = 100) String post,
    @NotBlank @Size(max = 50) String departmentId,
    @NotNull LocalDate appointedOn) {}
