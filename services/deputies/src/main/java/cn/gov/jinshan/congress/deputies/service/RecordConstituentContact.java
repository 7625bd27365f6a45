package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An opinion received from a constituent, optionally at a contact station. */
public record RecordConstituentContact(
    UUID stationId,
    @NotNull LocalDate receivedOn,
    @Size(max = 50) String constituentName,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 5000) String content) {}
