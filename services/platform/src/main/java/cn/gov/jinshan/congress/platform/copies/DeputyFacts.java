package cn.gov.jinshan.congress.platform.copies;

import java.util.UUID;

/**
 * What a DeputyRegistered or DeputyUpdated says about one membership of a deputy; each service's
 * table keeps the part it needs.
 */
public record DeputyFacts(
    UUID id,
    String congressId,
    String name,
    String level,
    String delegationId,
    String delegationName,
    String userSubject) {}
