package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Rating;
import java.util.Map;
import java.util.UUID;

/**
 * The year-end rating of a project: counts per rating and the satisfaction rate (满意率: satisfied
 * plus basically satisfied over all ratings, 0 without ratings).
 */
public record RatingsResponse(
    UUID projectId, String title, Map<Rating, Integer> counts, int total, double satisfactionRate) {
  public static RatingsResponse of(UUID projectId, String title, Map<Rating, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int satisfied = counts.get(Rating.SATISFIED) + counts.get(Rating.BASICALLY_SATISFIED);
    return new RatingsResponse(
        projectId, title, counts, total, total == 0 ? 0 : (double) satisfied / total);
  }
}
