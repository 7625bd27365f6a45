package cn.gov.jinshan.congress.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.json.StrictJson;
import cn.gov.jinshan.congress.platform.json.UnknownFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a client reads when its JSON body cannot be read: the field by its JSON path and what it
 * accepts, in its language, and never a Java class name; a body that is not JSON at all is a
 * malformed request; every unknown field is listed.
 */
class JsonProblemsTest {
  enum Category {
    EDUCATION,
    HEALTH,
    TRANSPORT
  }

  record Item(int count, LocalDate due) {}

  record Draft(String title, Category category, UUID deputyId, List<Item> items) {}

  record Refusing(String title) {
    Refusing {
      if ("no".equals(title)) {
        throw ProblemException.businessRule("title.refused");
      }
    }
  }

  private final ObjectMapper json = mapper();
  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void shouldNameTheFieldAndItsAllowedCodesForAnUnknownEnumValue() {
    Problem english = read("{\"title\":\"x\",\"category\":\"SPORTS\"}", Locale.ENGLISH);
    Problem chinese = read("{\"title\":\"x\",\"category\":\"SPORTS\"}", Locale.CHINA);

    assertThat(english.status()).isEqualTo(400);
    assertThat(english.code()).isEqualTo("validation-failed");
    assertThat(english.errors())
        .containsExactly(
            new Problem.FieldError("category", "must be one of: EDUCATION, HEALTH, TRANSPORT"));
    assertThat(english.detail())
        .isEqualTo(
            "These fields are not valid: category (must be one of: EDUCATION, HEALTH,"
                + " TRANSPORT)");
    assertThat(chinese.detail())
        .isEqualTo("以下字段不符合要求：category（应为以下取值之一：EDUCATION、HEALTH、TRANSPORT）");
    assertNoJavaNames(english, chinese);
  }

  @Test
  void shouldNameNestedFieldsByTheirJsonPathForWrongTypesDatesAndIds() {
    Problem wrongType = read("{\"items\":[{\"count\":1},{\"count\":\"many\"}]}", Locale.ENGLISH);
    Problem badDate = read("{\"items\":[{\"due\":\"2026-02-30\"}]}", Locale.CHINA);
    Problem badId = read("{\"deputyId\":\"not-a-uuid\"}", Locale.ENGLISH);
    Problem notAnArray = read("{\"items\":{\"count\":1}}", Locale.ENGLISH);
    Problem tooLarge = read("{\"items\":[{\"count\":99999999999999999999}]}", Locale.ENGLISH);

    assertThat(wrongType.errors())
        .containsExactly(new Problem.FieldError("items[1].count", "must be a whole number"));
    assertThat(badDate.errors())
        .containsExactly(new Problem.FieldError("items[0].due", "应为日期，格式为 YYYY-MM-DD"));
    assertThat(badId.errors().get(0).field()).isEqualTo("deputyId");
    assertThat(badId.errors().get(0).message()).startsWith("must be a UUID");
    assertThat(notAnArray.errors())
        .containsExactly(new Problem.FieldError("items", "must be a JSON array"));
    assertThat(tooLarge.errors().get(0).field()).isEqualTo("items[0].count");
    assertNoJavaNames(wrongType, badDate, badId, notAnArray, tooLarge);
  }

  @Test
  void shouldAnswerMalformedRequestWhenTheBodyIsNotJson() {
    for (String body : List.of("{", "not json", "{\"title\":\"x\",", "{\"title\" \"x\"}")) {
      Problem english = read(body, Locale.ENGLISH);
      Problem chinese = read(body, Locale.CHINA);

      assertThat(english.code()).as(body).isEqualTo("malformed-request");
      assertThat(english.status()).isEqualTo(400);
      assertThat(english.detail()).as(body).startsWith("The body is not valid JSON");
      assertThat(chinese.detail()).as(body).startsWith("请求体不是合法的 JSON");
      assertNoJavaNames(english, chinese);
    }
  }

  @Test
  void shouldSayWhatTheBodyMustBeWhenItIsJsonOfTheWrongShape() {
    Problem array = read("[]", Locale.ENGLISH);
    Problem text = read("\"text\"", Locale.CHINA);

    assertThat(array.code()).isEqualTo("malformed-request");
    assertThat(array.detail()).isEqualTo("The body must be a JSON object.");
    assertThat(text.detail()).isEqualTo("请求体应为JSON 对象。");
  }

  @Test
  void shouldListEveryUnknownField() {
    Problem problem =
        read(
            "{\"title\":\"x\",\"id\":\"1\",\"items\":[{\"count\":1,\"extra\":{\"a\":[1]}}],"
                + "\"state\":\"CLOSED\"}",
            Locale.ENGLISH);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("validation-failed");
    assertThat(problem.errors())
        .extracting(Problem.FieldError::field)
        .containsExactly("id", "items[0].extra", "state");
    assertThat(problem.errors().get(0).message())
        .isEqualTo("is not a field here; the fields here are: category, deputyId, items, title");
    assertThat(problem.detail())
        .isEqualTo("These fields are not accepted by this operation: id, items[0].extra, state.");
  }

  @Test
  void shouldReportAWrongValueEvenWithUnknownFields() {
    // a record is built before its unknown fields are looked at: the wrong value comes first
    Problem problem = read("{\"extra\":1,\"category\":\"SPORTS\"}", Locale.CHINA);

    assertThat(problem.code()).isEqualTo("validation-failed");
    assertThat(problem.errors()).extracting(Problem.FieldError::field).contains("category");
  }

  @Test
  void shouldIgnoreUnknownFieldsOutsideOfRequestBodies() throws Exception {
    // events of other services grow by additive changes; the mapper's own setting applies there
    ObjectMapper lenient = mapper();
    lenient.disable(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Draft draft = lenient.readValue("{\"title\":\"x\",\"later\":1}", Draft.class);

    assertThat(draft.title()).isEqualTo("x");
  }

  @Test
  void shouldAnswerTheProblemARequestRecordRaises() {
    Response response = readResponse("{\"title\":\"no\"}", Refusing.class, Locale.ENGLISH);

    assertThat(response.getStatus()).isEqualTo(422);
  }

  @Test
  void shouldNotCallABare400AValidationError() {
    Response response = mappers.web(new WebApplicationException(400), headers(Locale.CHINA), null);
    Problem problem = (Problem) response.getEntity();

    assertThat(problem.code()).isEqualTo("malformed-request");
    assertThat(problem.detail()).isEqualTo("请求的参数或请求体格式错误。");
  }

  private Problem read(String body, Locale locale) {
    return (Problem) readResponse(body, Draft.class, locale).getEntity();
  }

  /** Reads as RESTEasy Reactive does: parse errors come wrapped in a plain 400. */
  private Response readResponse(String body, Class<?> type, Locale locale) {
    try {
      UnknownFields.collecting(() -> json.readValue(body, type));
    } catch (com.fasterxml.jackson.core.exc.StreamReadException e) {
      return mappers.web(new WebApplicationException(e, 400), headers(locale), null);
    } catch (Exception e) {
      return mappers.malformedJson(e, headers(locale), null);
    }
    throw new AssertionError("read without an error: " + body);
  }

  private static void assertNoJavaNames(Problem... problems) {
    for (Problem problem : problems) {
      assertThat(problem.toString()).doesNotContain("cn.gov", "java.", "JsonProblemsTest", "$");
    }
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    new StrictJson().customize(mapper);
    return mapper;
  }

  private static HttpHeaders headers(Locale locale) {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            JsonProblemsTest.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) ->
                method.getName().equals("getAcceptableLanguages") ? List.of(locale) : null);
  }
}
