package cn.gov.jinshan.congress.deputies.domain;

/** Kinds of activities (履职活动) on a deputy's performance record. */
public enum ActivityKind implements Labelled {
  SESSION_ATTENDANCE("出席代表大会", false),
  HEARING_ATTENDANCE("列席常委会会议", false),
  INSPECTION("视察", true),
  RESEARCH("调研", true),
  TRAINING("履职学习", true),
  STATION_DUTY("进站接待", true),
  THEMATIC_ACTION("代表主题行动", true),
  SUGGESTION_SUBMITTED("领衔提出建议", false),
  SUGGESTION_COSIGNED("附议建议", false),
  VOTE_CAST("参加实事项目票决", false),
  PROJECT_EVALUATED("实事项目满意度测评", false),
  CONSTITUENT_CONTACT("联系群众", false);

  private final String label;
  private final boolean selfReportable;

  ActivityKind(String label, boolean selfReportable) {
    this.label = label;
    this.selfReportable = selfReportable;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Whether a deputy may record this kind themselves; the others come from staff or from other
   * services' events, so a deputy cannot inflate the record with them.
   */
  public boolean selfReportable() {
    return selfReportable;
  }
}
