package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import java.util.Map;
import java.util.UUID;

/**
 * A deputy's performance record (履职档案) for a year: activity counts per kind and the score.
 *
 * @param score the sum over kinds of count × configured weight
 */
public record PerformanceRecord(
    UUID deputyId, int year, Map<ActivityKind, Long> counts, long score) {}
