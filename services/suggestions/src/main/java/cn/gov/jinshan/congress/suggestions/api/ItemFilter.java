package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository.SuggestionSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;

/** The filters of the item list and of the item export, as query parameters. */
public class ItemFilter {
  @QueryParam("congressId")
  @Size(max = 40)
  String congressId;

  @QueryParam("state")
  SuggestionState state;

  @QueryParam("kind")
  SuggestionKind kind;

  @QueryParam("category")
  Category category;

  @QueryParam("departmentId")
  @Size(max = 50)
  String departmentId;

  @QueryParam("delegationId")
  @Size(max = 50)
  String delegationId;

  @QueryParam("term")
  @Min(1)
  @Max(99)
  Integer term;

  @QueryParam("session")
  @Min(1)
  @Max(99)
  Integer session;

  @QueryParam("overdue")
  Boolean overdue;

  @QueryParam("key")
  Boolean key;

  @QueryParam("q")
  @Size(max = 50)
  String q;

  /** The search these filters ask for, from the start or after an item (newest first). */
  SuggestionSearch toSearch(Instant afterCreated, UUID afterId) {
    return new SuggestionSearch(
        blankToNull(congressId),
        null,
        null,
        state,
        kind,
        category,
        blankToNull(departmentId),
        blankToNull(delegationId),
        term,
        session,
        overdue,
        key,
        blankToNull(q),
        null,
        afterCreated,
        afterId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
