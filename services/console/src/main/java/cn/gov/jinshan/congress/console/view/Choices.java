package cn.gov.jinshan.congress.console.view;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/**
 * The fixed code lists of the forms, with their Chinese labels (as the APIs name them); templates
 * read them as globals ({@code KINDS}, {@code CATEGORIES} …).
 */
@TemplateGlobal
public final class Choices {
  private Choices() {}

  /** One option of a select or radio group. */
  public record Choice(String code, String label) {}

  public static final List<Choice> KINDS =
      List.of(new Choice("SUGGESTION", "建议"), new Choice("MOTION", "议案"));

  public static final List<Choice> CATEGORIES =
      List.of(
          new Choice("ECONOMY", "经济发展"),
          new Choice("URBAN_CONSTRUCTION", "城市建设"),
          new Choice("EDUCATION", "教育"),
          new Choice("HEALTH", "医疗卫生"),
          new Choice("ENVIRONMENT", "生态环境"),
          new Choice("AGRICULTURE", "农业农村"),
          new Choice("CIVIL_AFFAIRS", "民政"),
          new Choice("PUBLIC_SECURITY", "公共安全"),
          new Choice("OTHER", "其他"));

  public static final List<Choice> EVALUATIONS =
      List.of(
          new Choice("SATISFIED", "满意"),
          new Choice("BASICALLY_SATISFIED", "基本满意"),
          new Choice("DISSATISFIED", "不满意"));

  public static final List<Choice> REPLY_CLASSES =
      List.of(
          new Choice("A", "A类：已解决或基本解决"),
          new Choice("B", "B类：正在解决或列入计划解决"),
          new Choice("C", "C类：因条件限制需今后研究解决"),
          new Choice("D", "D类：留作参考"));

  public static final List<Choice> CONTACT_WAYS =
      List.of(
          new Choice("FACE_TO_FACE", "当面"),
          new Choice("PHONE", "电话"),
          new Choice("SITE_VISIT", "实地走访"));

  /** The kinds of a deputy's activities, in the order the performance record lists them. */
  public static final List<Choice> ACTIVITY_KINDS =
      List.of(
          new Choice("SESSION_ATTENDANCE", "出席代表大会"),
          new Choice("HEARING_ATTENDANCE", "列席常委会会议"),
          new Choice("INSPECTION", "视察"),
          new Choice("RESEARCH", "调研"),
          new Choice("TRAINING", "履职学习"),
          new Choice("STATION_DUTY", "进站接待"),
          new Choice("THEMATIC_ACTION", "代表主题行动"),
          new Choice("SUGGESTION_SUBMITTED", "领衔提出建议"),
          new Choice("SUGGESTION_COSIGNED", "附议建议"),
          new Choice("VOTE_CAST", "参加实事项目票决"),
          new Choice("PROJECT_EVALUATED", "实事项目满意度测评"),
          new Choice("CONSTITUENT_CONTACT", "联系群众"));
}
