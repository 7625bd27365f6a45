package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A handling unit's task on an item. */
public record Task(
    UUID id,
    String departmentId,
    String departmentName,
    String role,
    String roleLabel,
    String state,
    String stateLabel,
    LocalDate assignedOn,
    LocalDate sendBackUntil,
    Instant signedAt,
    String sendBackReason,
    LocalDate opinionDueOn,
    String opinion,
    Instant opinionAt) {}
