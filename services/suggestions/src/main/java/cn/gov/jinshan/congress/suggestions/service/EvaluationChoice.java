package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;

/**
 * What a deputy can answer when evaluating a reply. "Not evaluated" is a result only the system
 * records (the window passed), so it is not offered to clients at all.
 */
public enum EvaluationChoice {
  SATISFIED(EvaluationResult.SATISFIED),
  BASICALLY_SATISFIED(EvaluationResult.BASICALLY_SATISFIED),
  DISSATISFIED(EvaluationResult.DISSATISFIED);

  private final EvaluationResult result;

  EvaluationChoice(EvaluationResult result) {
    this.result = result;
  }

  public EvaluationResult result() {
    return result;
  }
}
