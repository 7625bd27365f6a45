package cn.gov.jinshan.congress.suggestions.query;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;
import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The filter of a list; {@code visibleTo*} restrict to what a deputy or department may see. The
 * list runs in {@code sort} order, after {@code after} when given (null: from the start).
 */
public record SuggestionSearch(
    String congressId,
    UUID visibleToDeputy,
    String visibleToDepartment,
    SuggestionState state,
    SuggestionKind kind,
    Category category,
    String departmentId,
    String delegationId,
    Integer term,
    Integer session,
    Boolean overdue,
    Boolean keySupervised,
    ItemDates dates,
    ReplyClass replyClass,
    EvaluationResult evaluation,
    String text,
    LocalDate today,
    ItemSort sort,
    ItemCursor after) {
  public SuggestionSearch {
    sort = sort == null ? ItemSort.DEFAULT : sort;
  }

  /** The same search, continuing after the given cursor. */
  public SuggestionSearch after(ItemCursor cursor) {
    return new SuggestionSearch(
        congressId,
        visibleToDeputy,
        visibleToDepartment,
        state,
        kind,
        category,
        departmentId,
        delegationId,
        term,
        session,
        overdue,
        keySupervised,
        dates,
        replyClass,
        evaluation,
        text,
        today,
        sort,
        cursor);
  }
}
