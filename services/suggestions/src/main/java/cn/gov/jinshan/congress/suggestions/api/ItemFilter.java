package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.repository.ItemCursor;
import cn.gov.jinshan.congress.suggestions.repository.ItemSort;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository.SuggestionSearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

  @QueryParam("sort")
  @Parameter(
      description =
          "The order. -createdAt (default): newest first. createdAt: oldest first."
              + " registrationNumber: by term, session and sequence (6-3-0001, 6-3-0002, …), items"
              + " without a number after them, oldest first. dueOn: earliest handling deadline"
              + " first, items without a deadline after them, oldest first. A pageToken only"
              + " continues the sort it came from.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"-createdAt", "createdAt", "registrationNumber", "dueOn"},
              defaultValue = "-createdAt"))
  String sort;

  /** The order asked for; an unknown one is a 400 naming the allowed values. */
  ItemSort sort() {
    if (sort == null || sort.isBlank()) {
      return ItemSort.DEFAULT;
    }
    return ItemSort.of(sort.strip())
        .orElseThrow(
            () ->
                ProblemException.badRequest(
                    "sort.unknown", sort, String.join(", ", ItemSort.parameters())));
  }

  /** The search these filters ask for, in the given order, from the start or after a cursor. */
  SuggestionSearch toSearch(ItemSort order, ItemCursor after) {
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
        order,
        after);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
