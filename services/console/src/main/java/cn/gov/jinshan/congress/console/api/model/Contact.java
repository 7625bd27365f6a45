package cn.gov.jinshan.congress.console.api.model;

import java.time.LocalDate;
import java.util.UUID;

/** A handling unit's recorded contact with the deputy. */
public record Contact(
    UUID id,
    String departmentId,
    LocalDate contactedOn,
    String way,
    String wayLabel,
    String summary) {}
