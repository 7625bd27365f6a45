package cn.gov.jinshan.congress.suggestions.domain;

/** What kind of body a handling unit is. */
public enum DepartmentKind implements Labelled {
  GOVERNMENT("区政府工作部门"),
  TOWN("街道、镇"),
  JUDICIAL("司法机关"),
  INSTITUTION("事业单位"),
  ENTERPRISE("国有企业"),
  OTHER("其他单位");

  private final String label;

  DepartmentKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
