package cn.gov.jinshan.congress.console.api.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A deputy's performance record (履职档案) for a year in one congress, as the deputies service answers
 * it: activity counts by kind (the kinds' codes) and the score; a person in several congresses gets
 * their other memberships' records too.
 */
public record PerformanceRecord(
    UUID deputyId,
    String congressId,
    int year,
    Map<String, Long> counts,
    long score,
    List<PerformanceRecord> otherMemberships) {

  public long count(String kind) {
    Long n = counts == null ? null : counts.get(kind);
    return n == null ? 0 : n;
  }

  public List<PerformanceRecord> others() {
    return otherMemberships == null ? List.of() : otherMemberships;
  }
}
