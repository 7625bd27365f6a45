package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;
import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.ItemDates;
import cn.gov.jinshan.congress.suggestions.query.ItemSort;
import cn.gov.jinshan.congress.suggestions.query.SuggestionSearch;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the item list and of the item export, as query parameters. They are read as text
 * and parsed here, so that a bad value is a 400 problem naming the parameter and what it takes (a
 * framework conversion error names neither, and turns "maybe" into false for a boolean).
 */
public class ItemFilter {
  @QueryParam("congressId")
  @Size(max = 40)
  String congressId;

  @QueryParam("state")
  @Parameter(
      description = "The item's state",
      schema = @Schema(implementation = SuggestionState.class))
  String state;

  @QueryParam("kind")
  @Parameter(schema = @Schema(implementation = SuggestionKind.class))
  String kind;

  @QueryParam("category")
  @Parameter(schema = @Schema(implementation = Category.class))
  String category;

  @QueryParam("departmentId")
  @Size(max = 50)
  @Parameter(description = "A handling unit's code: items it has or had a task on")
  String departmentId;

  @QueryParam("delegationId")
  @Size(max = 50)
  String delegationId;

  @QueryParam("term")
  @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
  String term;

  @QueryParam("session")
  @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
  String session;

  @QueryParam("year")
  @Parameter(
      description = "The year the item was submitted (Asia/Shanghai); drafts have none",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
  String year;

  @QueryParam("submittedFrom")
  @Parameter(
      description = "Submitted on or after this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String submittedFrom;

  @QueryParam("submittedTo")
  @Parameter(
      description = "Submitted on or before this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String submittedTo;

  @QueryParam("registeredFrom")
  @Parameter(
      description = "Registered (立案) on or after this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String registeredFrom;

  @QueryParam("registeredTo")
  @Parameter(
      description = "Registered on or before this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String registeredTo;

  @QueryParam("repliedFrom")
  @Parameter(
      description = "With a reply (any round) on or after this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String repliedFrom;

  @QueryParam("repliedTo")
  @Parameter(
      description = "With a reply (any round) on or before this day",
      schema = @Schema(type = SchemaType.STRING, format = "date"))
  String repliedTo;

  @QueryParam("replyClass")
  @Parameter(
      description = "The class of the latest reply",
      schema = @Schema(implementation = ReplyClass.class))
  String replyClass;

  @QueryParam("evaluation")
  @Parameter(
      description = "The final evaluation of a closed item (NOT_EVALUATED: closed without one)",
      schema = @Schema(implementation = EvaluationResult.class))
  String evaluation;

  @QueryParam("overdue")
  @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
  String overdue;

  @QueryParam("key")
  @Parameter(
      description = "true: key supervised items (重点督办) only; false: the others",
      schema = @Schema(type = SchemaType.BOOLEAN))
  String key;

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
        code("state", state, SuggestionState.class),
        code("kind", kind, SuggestionKind.class),
        code("category", category, Category.class),
        blankToNull(departmentId),
        blankToNull(delegationId),
        number("term", term, 1, 99),
        number("session", session, 1, 99),
        yesNo("overdue", overdue),
        yesNo("key", key),
        dates(),
        code("replyClass", replyClass, ReplyClass.class),
        code("evaluation", evaluation, EvaluationResult.class),
        blankToNull(q),
        null,
        order,
        after);
  }

  private ItemDates dates() {
    Integer y = number("year", year, 2000, 2100);
    LocalDate sf = day("submittedFrom", submittedFrom);
    LocalDate st = day("submittedTo", submittedTo);
    LocalDate rf = day("registeredFrom", registeredFrom);
    LocalDate rt = day("registeredTo", registeredTo);
    LocalDate pf = day("repliedFrom", repliedFrom);
    LocalDate pt = day("repliedTo", repliedTo);
    ordered("submittedFrom", sf, "submittedTo", st);
    ordered("registeredFrom", rf, "registeredTo", rt);
    ordered("repliedFrom", pf, "repliedTo", pt);
    if (y == null
        && sf == null
        && st == null
        && rf == null
        && rt == null
        && pf == null
        && pt == null) {
      return null;
    }
    return new ItemDates(y, sf, st, rf, rt, pf, pt, null);
  }

  private static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "parameter.code",
          name,
          shown(v),
          String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  private static Integer number(String name, String value, int min, int max) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ProblemException.badRequest(
        "parameter.number", name, shown(v), String.valueOf(min), String.valueOf(max));
  }

  private static Boolean yesNo(String name, String value) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.valueOf(v);
    }
    throw ProblemException.badRequest("parameter.boolean", name, shown(v));
  }

  private static LocalDate day(String name, String value) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("parameter.date", name, shown(v));
    }
  }

  private static void ordered(String fromName, LocalDate from, String toName, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badRequest(
          "parameter.range", fromName, from.toString(), toName, to.toString());
    }
  }

  private static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
