package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A deputy's performance record (履职档案) for a year in one congress: activity counts per kind and the
 * score; a person who sits in several congresses sees their other memberships' records too.
 *
 * @param score the sum over kinds of count × configured weight
 */
public record PerformanceRecord(
    UUID deputyId,
    String congressId,
    int year,
    Map<ActivityKind, Long> counts,
    long score,
    List<PerformanceRecord> otherMemberships) {}
