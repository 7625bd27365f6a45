package cn.gov.jinshan.congress.deputies.service;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Puts a deputy on a station's duty roster on a date. */
public record ScheduleDuty(@NotNull UUID deputyId, @NotNull LocalDate dutyDate) {}
