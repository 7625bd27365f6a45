package cn.gov.jinshan.congress.suggestions.domain;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of domain.md §2; motions add ACCEPTED and CONVERTED after SUBMITTED. */
public enum SuggestionState implements Labelled {
  DRAFT("草稿"),
  SUBMITTED("已提交"),
  RETURNED("已退回修改"),
  REGISTERED("已立案"),
  MERGED("已并案"),
  ASSIGNED("已交办"),
  IN_PROGRESS("办理中"),
  REPLIED("已答复"),
  REHANDLING("重新办理"),
  CLOSED("已办结"),
  ACCEPTED("议案已立案"),
  CONVERTED("已转为建议"),
  REFERRED("已转交上级");

  /** States in which a department holds the item and a handling deadline runs. */
  public static final Set<SuggestionState> HANDLING = EnumSet.of(ASSIGNED, IN_PROGRESS, REHANDLING);

  private final String label;

  SuggestionState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
