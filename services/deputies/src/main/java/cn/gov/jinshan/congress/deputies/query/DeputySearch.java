package cn.gov.jinshan.congress.deputies.query;

import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import java.util.UUID;

/** The filter of a deputy search. */
public record DeputySearch(
    String congressId,
    String nameContains,
    UUID delegationId,
    DeputyLevel level,
    DeputyStatus status,
    String afterName,
    UUID afterId) {}
