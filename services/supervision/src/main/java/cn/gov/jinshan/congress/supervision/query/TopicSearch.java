package cn.gov.jinshan.congress.supervision.query;

import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import java.util.UUID;

/** The filter of a topic search; null fields do not filter. */
public record TopicSearch(
    String congressId,
    UUID planId,
    TopicStatus status,
    TopicKind kind,
    String titleContains,
    String departmentId,
    UUID deputyId,
    UUID afterId) {}
