package cn.gov.jinshan.congress.supervision.domain;

import java.util.Set;

/**
 * The lifecycle of a supervision topic: PLANNED → RESEARCH → HEARING → DELIBERATED → RECTIFYING →
 * EVALUATED → CLOSED; a dissatisfied vote sends it to RE_REPORT, from where a later meeting hears
 * it again (HEARING). A topic planned by mistake is CANCELLED while still PLANNED: once research
 * began, deputies and members have worked on it and it runs its course.
 */
public enum TopicStatus implements Labelled {
  PLANNED("已列入计划"),
  RESEARCH("调研视察"),
  HEARING("听取报告"),
  DELIBERATED("已提出审议意见"),
  RECTIFYING("整改中"),
  EVALUATED("已测评"),
  CLOSED("已办结"),
  RE_REPORT("需重新报告"),
  CANCELLED("已撤销");

  private final String label;

  TopicStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The states this one may move to. */
  public Set<TopicStatus> next() {
    return switch (this) {
      case PLANNED -> Set.of(RESEARCH, CANCELLED);
      case RESEARCH -> Set.of(HEARING);
      case HEARING -> Set.of(DELIBERATED, RE_REPORT);
      case DELIBERATED -> Set.of(RECTIFYING);
      case RECTIFYING -> Set.of(EVALUATED, RE_REPORT);
      case EVALUATED -> Set.of(CLOSED);
      case RE_REPORT -> Set.of(HEARING);
      case CLOSED, CANCELLED -> Set.of();
    };
  }

  public boolean canMoveTo(TopicStatus target) {
    return next().contains(target);
  }
}
