package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Schedules the meeting that hears the report; a re-report must be at a later meeting. */
public record ScheduleHearing(@NotNull LocalDate meetingDate) {}
