package cn.gov.jinshan.congress.suggestions.service;

import java.util.Map;

/** Handling units' names by congress and code; a code without a registered unit stays a code. */
public record DepartmentNames(Map<String, Map<String, String>> byCongress) {
  public static final DepartmentNames NONE = new DepartmentNames(Map.of());

  public String of(String congressId, String code) {
    if (code == null) {
      return null;
    }
    return byCongress.getOrDefault(congressId, Map.of()).getOrDefault(code, code);
  }
}
