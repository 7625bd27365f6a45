package cn.gov.jinshan.congress.notifications.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A scheduled reminder whose time has come, as the job claims it. */
public record DueReminder(
    UUID id,
    String congressId,
    String itemId,
    ReminderKind kind,
    LocalDate dueOn,
    String registrationNumber) {}
