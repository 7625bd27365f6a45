package cn.gov.jinshan.congress.platform.congress;

/**
 * A congress as a service's copy knows it.
 *
 * @param parentId the district above a town; null for the district
 * @param currentTerm the term that numbers its registrations now; null in a row copied before the
 *     copies kept it (a reference row, or an event not yet replayed)
 */
public record Congress(
    String id,
    String name,
    String level,
    String parentId,
    Integer currentTerm,
    Integer currentSession) {}
