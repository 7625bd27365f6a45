package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * A research or inspection visit (看) of a topic took place; the deputies who took part get it on
 * their performance record (kind {@code RESEARCH} 调研 or {@code INSPECTION} 视察).
 */
@EventType(value = "congress.supervision.VisitRecorded.v1", topic = Topics.SUPERVISION)
public record VisitRecorded(
    String topicId,
    String congressId,
    String visitId,
    String topicTitle,
    String kind,
    LocalDate visitedOn,
    String place,
    List<String> deputyIds)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
