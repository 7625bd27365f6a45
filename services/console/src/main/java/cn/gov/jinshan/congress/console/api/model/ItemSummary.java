package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An item in a list. */
public record ItemSummary(
    UUID id,
    String kind,
    String title,
    String categoryLabel,
    String state,
    String stateLabel,
    String registrationNumber,
    DeputyRef leadDeputy,
    String leadDepartmentName,
    LocalDate dueOn,
    boolean overdue,
    Instant createdAt) {}
