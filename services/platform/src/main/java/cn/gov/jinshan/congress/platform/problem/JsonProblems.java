package cn.gov.jinshan.congress.platform.problem;

import cn.gov.jinshan.congress.messages.Messages;
import cn.gov.jinshan.congress.platform.json.JsonPaths;
import cn.gov.jinshan.congress.platform.json.UnknownFields;
import cn.gov.jinshan.congress.platform.json.UnknownFieldsException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what Jackson reports about a request body into a problem a client can act on: a body that
 * is not JSON is {@code malformed-request} with the line and column; a field of the wrong type, an
 * unknown enum code, a malformed date or an unknown field is {@code validation-failed} naming the
 * field by its JSON path and what it accepts. Jackson's own messages are never passed on: they name
 * Java classes.
 */
final class JsonProblems {
  private static final Object[] NONE = {};

  private JsonProblems() {}

  /** The problem for a failure of reading a JSON body, or null if it was not one. */
  static Report of(Throwable failure, Locale locale) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Throwable jackson = failure;
    if (failure instanceof UnknownFieldsException unknown) {
      for (UnknownFields.UnknownField field : unknown.fields()) {
        errors.add(new Problem.FieldError(field.path(), unknownMessage(field, locale)));
      }
      jackson = unknown.getCause();
      if (jackson == null || jsonCause(jackson) == null) {
        String fields = join(locale, unknown.fields().stream().map(f -> f.path()).toList());
        return new Report(ProblemKind.VALIDATION, "unknown-fields", new Object[] {fields}, errors);
      }
    }
    JsonProcessingException e = jsonCause(jackson);
    if (e == null) {
      return null;
    }
    Report body = bodyProblem(e, locale);
    if (body != null) {
      return body;
    }
    errors.add(fieldError(e, locale));
    List<String> described = new ArrayList<>();
    for (Problem.FieldError error : errors) {
      described.add(Messages.get(locale, "field-with-message", error.field(), error.message()));
    }
    return new Report(
        ProblemKind.VALIDATION,
        "validation-failed",
        new Object[] {String.join(Messages.get(locale, "field-separator"), described)},
        errors);
  }

  /** A problem of the body as a whole (not JSON, beyond the limits, not the expected shape). */
  private static Report bodyProblem(JsonProcessingException e, Locale locale) {
    if (e instanceof StreamConstraintsException) {
      return new Report(ProblemKind.MALFORMED_REQUEST, "json.limits", NONE, null);
    }
    if (e instanceof JsonParseException || isEndOfInput(e)) {
      JsonLocation at = e.getLocation();
      if (at == null || at.getLineNr() < 1) {
        return new Report(ProblemKind.MALFORMED_REQUEST, "json.not-json", NONE, null);
      }
      return new Report(
          ProblemKind.MALFORMED_REQUEST,
          "json.not-json-at",
          new Object[] {at.getLineNr(), at.getColumnNr()},
          null);
    }
    if (e instanceof JsonMappingException mapping
        && mapping.getPath().isEmpty()
        && !(e instanceof PropertyBindingException)) {
      Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
      return new Report(
          ProblemKind.MALFORMED_REQUEST,
          "json.body-must-be",
          new Object[] {Messages.get(locale, typeKey(target == null ? Map.class : target))},
          null);
    }
    return null;
  }

  private static Problem.FieldError fieldError(JsonProcessingException e, Locale locale) {
    String path = path(e);
    if (e instanceof PropertyBindingException unknown) {
      String name = unknown.getPropertyName();
      String full = path.endsWith(name) ? path : (path.isEmpty() ? name : path + "." + name);
      List<String> known =
          unknown.getKnownPropertyIds() == null
              ? List.of()
              : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return new Problem.FieldError(
          full, unknownMessage(new UnknownFields.UnknownField(full, known), locale));
    }
    Class<?> target = null;
    if (e instanceof MismatchedInputException mismatched) {
      target = mismatched.getTargetType();
    } else if (e instanceof InputCoercionException coercion) {
      return new Problem.FieldError(path, Messages.get(locale, "field.out-of-range"));
    }
    if (target != null && target.isEnum()) {
      return new Problem.FieldError(
          path, Messages.get(locale, "field.one-of", join(locale, enumCodes(target))));
    }
    if (target == null
        || (e instanceof InvalidFormatException && typeKey(target).equals("json.type.object"))) {
      return new Problem.FieldError(path, Messages.get(locale, "field.invalid"));
    }
    return new Problem.FieldError(
        path, Messages.get(locale, "field.must-be", Messages.get(locale, typeKey(target))));
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return JsonPaths.of(mapping.getPath());
    }
    if (e.getProcessor() instanceof JsonParser parser) {
      return JsonPaths.of(parser.getParsingContext());
    }
    return "";
  }

  private static String unknownMessage(UnknownFields.UnknownField field, Locale locale) {
    return field.known().isEmpty()
        ? Messages.get(locale, "field.unknown")
        : Messages.get(locale, "field.unknown-of", join(locale, field.known()));
  }

  /** Jackson's "Unexpected end-of-input" when the body stops in the middle (a truncated body). */
  private static boolean isEndOfInput(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return e instanceof MismatchedInputException
        && message != null
        && message.startsWith("Unexpected end-of-input");
  }

  private static JsonProcessingException jsonCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonProcessingException json) {
        return json;
      }
    }
    return null;
  }

  private static List<String> enumCodes(Class<?> type) {
    List<String> codes = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty renamed = type.getField(name).getAnnotation(JsonProperty.class);
        codes.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : name);
      } catch (NoSuchFieldException e) {
        codes.add(name);
      }
    }
    return codes;
  }

  static String typeKey(Class<?> t) {
    if (t == UUID.class) {
      return "json.type.uuid";
    }
    if (t == LocalDate.class) {
      return "json.type.date";
    }
    if (t == Instant.class
        || t == OffsetDateTime.class
        || t == ZonedDateTime.class
        || t == LocalDateTime.class) {
      return "json.type.date-time";
    }
    if (t == LocalTime.class) {
      return "json.type.time";
    }
    if (t == YearMonth.class) {
      return "json.type.year-month";
    }
    if (t == Duration.class) {
      return "json.type.duration";
    }
    if (t == int.class
        || t == long.class
        || t == short.class
        || t == byte.class
        || t == Integer.class
        || t == Long.class
        || t == Short.class
        || t == Byte.class
        || t == BigInteger.class
        || t == Year.class) {
      return "json.type.integer";
    }
    if (t == double.class
        || t == float.class
        || t == Double.class
        || t == Float.class
        || t == BigDecimal.class) {
      return "json.type.number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "json.type.boolean";
    }
    if (t == String.class || t == char.class || t == Character.class) {
      return "json.type.string";
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return "json.type.array";
    }
    return "json.type.object";
  }

  private static String join(Locale locale, List<String> items) {
    return String.join(Messages.get(locale, "list-separator"), items);
  }

  /** What to answer: the kind, the detail's message key and arguments, the fields. */
  record Report(
      ProblemKind kind, String messageKey, Object[] args, List<Problem.FieldError> errors) {}
}
