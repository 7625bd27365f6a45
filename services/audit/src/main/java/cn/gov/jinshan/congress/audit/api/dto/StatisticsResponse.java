package cn.gov.jinshan.congress.audit.api.dto;

import cn.gov.jinshan.congress.audit.service.DailyCount;
import java.time.LocalDate;
import java.util.List;

/** Entries per event type and day of the caller's congress, days in {@code zone}. */
public record StatisticsResponse(
    String congressId, LocalDate from, LocalDate to, String zone, List<DailyCount> counts) {}
