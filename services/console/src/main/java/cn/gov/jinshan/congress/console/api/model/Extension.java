package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A handling unit's request for a later deadline (延期申请) and its decision. */
public record Extension(
    UUID id,
    String departmentId,
    LocalDate requestedDue,
    String reason,
    String status,
    String statusLabel,
    Instant decidedAt) {}
