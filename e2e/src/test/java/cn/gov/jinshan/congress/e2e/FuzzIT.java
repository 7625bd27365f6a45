package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Scenario 6: bad input over every route of the merged OpenAPI document, sent by a caller the route
 * admits (so the input reaches the service): malformed ids in the path, wrong types / injection /
 * huge / Chinese and emoji / boundary values in the query, and in bodies malformed JSON, wrong JSON
 * types, missing and wrong-typed fields, boundary numbers, huge strings and arrays, deep nesting,
 * invalid UTF-8, malformed ids, dates and codes, SQL and script injection, extra (server-owned)
 * fields. Never a 5xx; every error is problem+json; and creating suggestions, the one create route
 * fuzzed with otherwise valid bodies, stores exactly as many items as it answered 201.
 */
class FuzzIT {
  static final String SQL = "1' OR '1'='1'; DROP TABLE suggestion; --";
  static final String SCRIPT =
      "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
  static final String CHINESE = "金山区人大代表建议😀🏛️\u200B\uFEFF𠮷";
  static final String INJECTION = SQL + " " + SCRIPT + " " + CHINESE + " ${jndi:ldap://x/a} %s%n";

  /** Creating routes whose accepted bodies would leave lasting data in the shared congress. */
  static final Set<String> LASTING_CREATES =
      Set.of(
          "POST /api/v1/deputies",
          "POST /api/v1/congresses",
          "POST /api/v1/delegations",
          "POST /api/v1/contact-stations",
          "POST /api/v1/livelihood-rounds",
          "POST /api/v1/supervision-plans",
          "POST /api/v1/supervision-topics",
          "POST /api/v1/appointments",
          "POST /api/v1/suggestion-departments");

  /** What a problem must never show: a Java class (ours, the JDK's, Jackson's). */
  static final java.util.regex.Pattern JAVA_NAME =
      java.util.regex.Pattern.compile(
          "cn\\.gov\\.jinshan|java\\.(lang|util|time)\\.|com\\.fasterxml");

  /** The deputy whose created suggestions are counted. */
  static final String AUTHOR = "deputy29";

  static final Map<String, List<String>> POOLS = new LinkedHashMap<>();

  static {
    POOLS.put("staff", List.of("staff1", "staff-zhujing"));
    POOLS.put("admin", List.of("admin1"));
    POOLS.put("department", List.of("dept-edu", "dept-health", "dept-transport", "dept-housing"));
    List<String> deputies = new ArrayList<>();
    for (int n = 21; n <= 28; n++) {
      deputies.add(Users.deputy(n));
    }
    POOLS.put("deputy", deputies);
    POOLS.put(
        "committee_member",
        List.of("member01", "member02", "member03", "member04", "member05", "member06"));
    POOLS.put("auditor", List.of("auditor1"));
  }

  private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();

  /**
   * A request line over the services' HTTP limit (4096 bytes) is refused by the gateway with a
   * problem, not the bare 414 of the HTTP codec (F1 in docs/notes/e2e.md).
   */
  @Test
  void shouldAnswerAnOverlongRequestLineWithAProblem() {
    Response response =
        Gateway.as("staff1").queryParam("q", "a".repeat(5000)).get("/api/v1/suggestions");
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(Problems.isProblem(response))
        .as("%d %s '%s'", response.statusCode(), response.getContentType(), response.asString())
        .isTrue();
  }

  @Test
  void shouldAnswerBadInputWithProblemsAndNeverA5xx() throws Exception {
    DevDeputies.ensureReady();
    long authoredBefore = ownSuggestions();
    List<Case> cases = new ArrayList<>();
    OpenApi.operations().forEach((key, op) -> cases.addAll(cases(key, op)));

    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    AtomicInteger created = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> running = new ArrayList<>();
    Collections.shuffle(cases, new java.util.Random(8));
    for (Case c : cases) {
      running.add(
          pool.submit(
              () -> {
                Streams.Outcome response;
                long started = System.nanoTime();
                try {
                  response = c.outcome();
                  long millis = (System.nanoTime() - started) / 1_000_000;
                  if (millis > 5000) {
                    System.out.printf("slow: %s in %d ms%n", c, millis);
                  }
                } catch (Exception e) {
                  failures.add(
                      "no response: "
                          + c
                          + " after "
                          + (System.nanoTime() - started) / 1_000_000
                          + " ms: "
                          + e);
                  return;
                }
                int status = response.status();
                statuses.merge(status, 1, Integer::sum);
                String where = c + " → " + status;
                if (status >= 500) {
                  failures.add("5xx: " + where + " " + response.detail());
                } else if (status == 429) {
                  failures.add("rate limited (the tests pace themselves): " + where);
                } else if (status >= 400 && !response.problem()) {
                  failures.add("error without problem+json: " + where + " " + response.detail());
                }
                if (status >= 400 && JAVA_NAME.matcher(response.detail()).find()) {
                  failures.add("a Java name in the answer: " + where + " " + response.detail());
                }
                if (c.key.equals("POST /api/v1/suggestions") && status == 201) {
                  created.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("fuzz: %d requests, statuses %s%n", cases.size(), statuses);
    failures.forEach(System.out::println);
    assertThat(failures).isEmpty();
    assertThat(ownSuggestions())
        .as("suggestions of %s: before + the 201s, nothing from refused requests", AUTHOR)
        .isEqualTo(authoredBefore + created.get());
  }

  /**
   * Every route with a JSON body, called by a caller it admits: a body that is not JSON is a
   * malformed request saying so; unknown fields are refused, each of them listed; an unknown code
   * names the field and the codes it takes. No detail ever names a Java class.
   */
  @Test
  void shouldExplainUnreadableBodiesOnEveryRoute() {
    List<String> failures = new ArrayList<>();
    OpenApi.operations()
        .forEach(
            (key, op) -> {
              Map<String, Object> schema = requestSchema(op);
              String user = caller(key, op);
              if (schema == null || user == null || key.equals("GET /api/v1/audit/stream")) {
                return;
              }
              String method = key.split(" ")[0];
              String path = key.split(" ")[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
              for (String notJson : List.of("{", "not json", "{\"a\":")) {
                Response r = Gateway.as(user).body(notJson).request(method, path);
                if (r.statusCode() != 400
                    || !"malformed-request".equals(code(r))
                    || !String.valueOf(r.jsonPath().getString("detail")).contains("JSON")) {
                  failures.add(
                      key + " body " + notJson + " → " + r.statusCode() + " " + r.asString());
                }
              }
              if (Schemas.properties(schema).isEmpty()) {
                return; // not an object with declared fields (a list, a map, a text)
              }
              Map<String, Object> extra = asMap(Schemas.sample(schema, 0));
              extra.put("notAField", 1);
              extra.put("alsoNotAField", Map.of("x", List.of(1)));
              Response unknown = Gateway.as(user).body(Json.write(extra)).request(method, path);
              List<String> fields =
                  unknown.statusCode() == 400 && Problems.isProblem(unknown)
                      ? unknown.jsonPath().getList("errors.field", String.class)
                      : List.of();
              if (fields == null || !fields.containsAll(List.of("notAField", "alsoNotAField"))) {
                failures.add(
                    key + " unknown fields → " + unknown.statusCode() + " " + unknown.asString());
              }
              Schemas.properties(schema)
                  .forEach(
                      (name, property) -> {
                        if (!Schemas.kind(property).equals("enum")) {
                          return;
                        }
                        Map<String, Object> bad = asMap(Schemas.sample(schema, 0));
                        bad.put(name, "NOT_A_CODE");
                        Response r =
                            Gateway.as(user)
                                .header("Accept-Language", "zh-CN")
                                .body(Json.write(bad))
                                .request(method, path);
                        @SuppressWarnings("unchecked")
                        List<Object> codes = (List<Object>) Schemas.resolve(property).get("enum");
                        String detail = String.valueOf(r.jsonPath().getString("detail"));
                        if (r.statusCode() != 400
                            || !detail.contains(name)
                            || !detail.contains(String.valueOf(codes.get(0)))
                            || !detail.contains("应为")) {
                          failures.add(
                              key + " " + name + "=NOT_A_CODE → " + r.statusCode() + " " + detail);
                        }
                      });
            });
    failures.forEach(System.out::println);
    assertThat(failures).isEmpty();
  }

  private static String code(Response response) {
    try {
      return response.jsonPath().getString("code");
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private List<Case> cases(String key, Map<String, Object> op) {
    String method = key.split(" ")[0];
    String template = key.split(" ")[1];
    boolean isPublic = template.startsWith("/api/v1/public/");
    Function<Integer, String> caller = i -> caller(key, op);
    List<Case> out = new ArrayList<>();
    String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());

    // Malformed path parameters.
    if (template.contains("{")) {
      List<String> bad =
          isPublic
              ? List.of("not-a-uuid", SQL, "中文😀")
              : List.of("not-a-uuid", SQL, "中文😀", "-1", "9".repeat(40), "x".repeat(1500));
      for (String value : bad) {
        String p =
            template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
        out.add(
            new Case(key, method, p, Map.of(), bodyless(method), "path " + brief(value), caller));
      }
    }

    // Query parameters: injection, script, huge, Chinese/emoji, wrong types, boundaries.
    List<Map<String, Object>> queryParams = queryParams(op);
    if (!queryParams.isEmpty()) {
      List<Function<Map<String, Object>, String>> variants =
          new ArrayList<>(
              List.of(
                  p -> SQL,
                  p -> SCRIPT + CHINESE,
                  p ->
                      switch (Schemas.kind(schemaOf(p))) {
                        case "integer", "number" -> "abc";
                        case "boolean" -> "maybe";
                        case "uuid" -> "not-a-uuid";
                        case "date", "date-time" -> "2026-02-30";
                        case "enum" -> "NOT_A_CODE";
                        default -> "%00%ff";
                      }));
      if (!isPublic) {
        // Long values stay under the HTTP request-line limit (4096 bytes, see
        // shouldAnswerAnOverlongRequestLineWithAProblem): 300 Chinese characters in one parameter.
        String longOne = (String) queryParams.get(0).get("name");
        variants.add(
            p ->
                switch (Schemas.kind(schemaOf(p))) {
                  case "integer", "number" -> "2147483648";
                  case "string" -> p.get("name").equals(longOne) ? "长".repeat(300) : "-1";
                  default -> "-1";
                });
        variants.add(p -> "-1");
      }
      int v = 0;
      for (Function<Map<String, Object>, String> variant : variants) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> p : queryParams) {
          query.put((String) p.get("name"), variant.apply(p));
        }
        out.add(new Case(key, method, path, query, bodyless(method), "query #" + v++, caller));
      }
    }

    // Bodies.
    Map<String, Object> body = requestSchema(op);
    if (body != null) {
      Map<String, Object> base = asMap(Schemas.sample(body, 0));
      Map<String, Map<String, Object>> props = Schemas.properties(body);
      boolean lasting = LASTING_CREATES.contains(key);
      out.add(json(key, method, path, "{", "malformed JSON", caller));
      out.add(json(key, method, path, "[]", "array instead of object", caller));
      out.add(json(key, method, path, "\"text\"", "string instead of object", caller));
      out.add(json(key, method, path, "{}", "missing fields", caller));
      out.add(json(key, method, path, "null", "null body", caller));
      out.add(mutated(key, method, path, base, props, "wrong types", FuzzIT::wrongType, caller));
      out.add(
          mutated(
              key,
              method,
              path,
              base,
              props,
              "huge numbers",
              (k, v) ->
                  k.equals("integer") || k.equals("number")
                      ? new java.math.BigInteger("9".repeat(30))
                      : v,
              caller));
      out.add(
          mutated(
              key,
              method,
              path,
              base,
              props,
              "negative numbers",
              (k, v) -> k.equals("integer") || k.equals("number") ? -2147483649L : v,
              caller));
      out.add(
          mutated(
              key,
              method,
              path,
              base,
              props,
              "huge strings",
              (k, v) -> k.equals("string") ? "长".repeat(100_000) : v,
              caller));
      out.add(
          mutated(
              key,
              method,
              path,
              base,
              props,
              "huge arrays",
              (k, v) ->
                  k.equals("array") && v instanceof List<?> l && !l.isEmpty()
                      ? Collections.nCopies(10_000, l.get(0))
                      : v,
              caller));
      out.add(
          mutated(
              key,
              method,
              path,
              base,
              props,
              "malformed ids, dates and codes",
              FuzzIT::malformed,
              caller));
      out.add(
          json(
              key,
              method,
              path,
              "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
              "deep JSON",
              caller));
      out.add(
          json(
              key,
              method,
              path,
              "{\"x\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}",
              "deep objects",
              caller));
      out.add(invalidUtf8(key, method, path, base, caller));
      if (!lasting) {
        out.add(
            mutated(
                key,
                method,
                path,
                base,
                props,
                "injection, script, Chinese and emoji",
                (k, v) -> k.equals("string") ? INJECTION : v,
                caller));
        Map<String, Object> extra = new LinkedHashMap<>(base);
        extra.put("id", UUID.randomUUID().toString());
        extra.put("congressId", "JS-ZHUJING");
        extra.put("version", 99);
        extra.put("state", "CLOSED");
        extra.put("createdAt", "2000-01-01T00:00:00Z");
        extra.put("__proto__", Map.of("admin", true));
        out.add(new Case(key, method, path, Map.of(), Json.write(extra), "extra fields", caller));
      }
    }
    return out;
  }

  private String caller(String key, Map<String, Object> op) {
    if (key.equals("POST /api/v1/suggestions")) {
      return AUTHOR;
    }
    Set<String> roles = roles(op);
    if (roles.isEmpty()) {
      return null;
    }
    List<String> users = new ArrayList<>();
    POOLS.forEach(
        (role, pool) -> {
          if (roles.contains(role)) {
            users.addAll(pool);
          }
        });
    int turn = turns.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
    return users.get(turn % users.size());
  }

  @SuppressWarnings("unchecked")
  private static Set<String> roles(Map<String, Object> op) {
    Set<String> roles = new java.util.HashSet<>();
    List<Map<String, List<String>>> security =
        (List<Map<String, List<String>>>) op.getOrDefault("security", List.of());
    security.forEach(s -> s.values().forEach(roles::addAll));
    return roles;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> queryParams(Map<String, Object> op) {
    List<Map<String, Object>> params =
        (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
    return params.stream().filter(p -> "query".equals(p.get("in"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaOf(Map<String, Object> param) {
    return (Map<String, Object>) param.getOrDefault("schema", Map.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> requestSchema(Map<String, Object> op) {
    Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
    if (body == null) {
      return null;
    }
    Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
    return json == null ? null : (Map<String, Object>) json.getOrDefault("schema", Map.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object sample) {
    return sample instanceof Map<?, ?> m
        ? new LinkedHashMap<>((Map<String, Object>) m)
        : new LinkedHashMap<>();
  }

  private static Object wrongType(String kind, Object value) {
    return switch (kind) {
      case "string", "uuid", "date", "date-time", "enum" -> 12345;
      case "integer", "number" -> "twelve";
      case "boolean" -> "maybe";
      case "array" -> Map.of("not", "an array");
      default -> "not an object";
    };
  }

  private static Object malformed(String kind, Object value) {
    return switch (kind) {
      case "uuid" -> "00000000-0000-0000-0000-00000000000Z";
      case "date" -> "2026-02-30";
      case "date-time" -> "yesterday";
      case "enum" -> "NOT_A_CODE";
      case "integer", "number" -> 1.5e308;
      default -> value;
    };
  }

  private static Case mutated(
      String key,
      String method,
      String path,
      Map<String, Object> base,
      Map<String, Map<String, Object>> props,
      String what,
      java.util.function.BiFunction<String, Object, Object> change,
      Function<Integer, String> caller) {
    Map<String, Object> body = new LinkedHashMap<>(base);
    props.forEach(
        (name, schema) -> body.put(name, change.apply(Schemas.kind(schema), body.get(name))));
    return new Case(key, method, path, Map.of(), Json.write(body), what, caller);
  }

  private static Case json(
      String key,
      String method,
      String path,
      String body,
      String what,
      Function<Integer, String> caller) {
    return new Case(
        key, method, path, Map.of(), body.getBytes(StandardCharsets.UTF_8), what, caller);
  }

  private static Case invalidUtf8(
      String key,
      String method,
      String path,
      Map<String, Object> base,
      Function<Integer, String> caller) {
    byte[] json = Json.write(base);
    String text = new String(json, StandardCharsets.UTF_8);
    int quote = text.indexOf("\":\"");
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
    byte[] out;
    if (quote < 0) {
      out = new byte[] {'{', '"', 'x', '"', ':', '"', bad[0], bad[1], bad[2], bad[3], '"', '}'};
    } else {
      int at = text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
      out = new byte[json.length + bad.length];
      System.arraycopy(json, 0, out, 0, at);
      System.arraycopy(bad, 0, out, at, bad.length);
      System.arraycopy(json, at, out, at + bad.length, json.length - at);
    }
    return new Case(key, method, path, Map.of(), out, "invalid UTF-8", caller);
  }

  private static byte[] bodyless(String method) {
    return method.equals("GET") || method.equals("DELETE")
        ? null
        : "{}".getBytes(StandardCharsets.UTF_8);
  }

  private static String brief(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** Items deputy29 can see in their own list (led or co-signed). */
  private static long ownSuggestions() {
    long count = 0;
    String token = null;
    do {
      var spec = Gateway.as(AUTHOR).queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      var page = spec.get("/api/v1/suggestions").then().statusCode(200).extract();
      count += page.<List<Object>>path("items").size();
      token = page.path("nextPageToken");
    } while (token != null);
    return count;
  }

  /** One bad request. */
  static final class Case {
    final String key;
    final String method;
    final String path;
    final Map<String, String> query;
    final byte[] body;
    final String what;
    final String user;

    Case(
        String key,
        String method,
        String path,
        Map<String, String> query,
        byte[] body,
        String what,
        Function<Integer, String> caller) {
      this.key = key;
      this.method = method;
      this.path = path;
      this.query = query;
      this.body = body;
      this.what = what;
      this.user = caller.apply(0);
    }

    Streams.Outcome outcome() {
      if (key.equals("GET /api/v1/audit/stream")) {
        return Streams.open(user, path, query); // a stream that is accepted never ends
      }
      Response response = send();
      return new Streams.Outcome(
          response.statusCode(),
          Problems.isProblem(response),
          response.getContentType() + " " + abbreviate(response.asString()));
    }

    Response send() {
      var spec = user == null ? Gateway.anonymous() : Gateway.as(user);
      spec.accept("*/*").urlEncodingEnabled(true);
      query.forEach(spec::queryParam);
      if (body != null) {
        spec.body(body);
      }
      return spec.request(method, path);
    }

    @Override
    public String toString() {
      return key + " [" + what + "] as " + (user == null ? "anonymous" : user);
    }
  }
}
