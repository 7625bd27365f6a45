package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every absolute URL a service writes is the address the client used, never the service's own: each
 * creating route (every resource method that answers 201 with a Location, found in the services'
 * code) is called through the gateway and its Location must start with the gateway's address.
 *
 * <p>The bodies are fixed and sent with fixed Idempotency-Keys, so the first run creates one of
 * each and later runs replay the stored response: the shared congress does not grow, and a replay
 * must answer with the address of the retrying request as well. The replays last as long as the
 * services keep Idempotency-Key records ({@code platform.retention.idempotency-keys}, 24 h): on a
 * database older than that, raise {@link #GENERATION}, which also moves the year, the town and the
 * names.
 */
class PublicAddressIT {
  private static final int GENERATION = 2;
  private static final String RUN = "public-address-v" + GENERATION;
  private static final String DEPUTY = Users.deputy(19);
  private static final String AUTHOR = Users.deputy(20);
  private static final int YEAR = 2090 + GENERATION;
  private static final String DAY = "2026-01-05";
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  /** The creating routes and how the test calls each. */
  static final List<String> CREATING_ROUTES =
      List.of(
          "POST /api/v1/congresses",
          "POST /api/v1/delegations",
          "POST /api/v1/deputies",
          "POST /api/v1/contact-stations",
          "POST /api/v1/contact-stations/{id}/duties",
          "POST /api/v1/deputies/{deputyId}/activities",
          "POST /api/v1/deputies/{deputyId}/constituent-contacts",
          "POST /api/v1/suggestions",
          "POST /api/v1/suggestions/{id}/attachments",
          "POST /api/v1/supervision-plans",
          "POST /api/v1/supervision-topics",
          "POST /api/v1/appointments",
          "POST /api/v1/livelihood-rounds",
          "POST /api/v1/livelihood-rounds/{roundId}/candidates");

  @Test
  void shouldDocumentEveryCreatingRouteInTheMergedOpenApi() {
    assertThat(OpenApi.operations().keySet()).containsAll(CREATING_ROUTES);
  }

  @Test
  void shouldAnswerEveryCreatingRouteWithALocationAtTheGateway() {
    DevDeputies.ensureReady();
    Map<String, String> locations = new LinkedHashMap<>();

    String delegation =
        create(
            "POST /api/v1/delegations",
            "staff1",
            Map.of("name", "系统测试地址代表团" + GENERATION),
            locations);
    create(
        "POST /api/v1/congresses",
        "admin1",
        Map.of(
            "id",
            "E2E-ADDRESS-" + GENERATION,
            "name",
            "系统测试地址镇人大" + GENERATION,
            "level",
            "TOWN",
            "parentId",
            "JS-DISTRICT",
            "currentTerm",
            6,
            "currentSession",
            1),
        locations);
    Map<String, Object> deputy = new LinkedHashMap<>();
    deputy.put("id", UUID.nameUUIDFromBytes(RUN.getBytes()).toString());
    deputy.put("name", "地址测试代表");
    deputy.put("gender", "FEMALE");
    deputy.put("birthYear", 1980);
    deputy.put("level", "DISTRICT");
    deputy.put("term", 6);
    deputy.put("delegationId", delegation);
    create("POST /api/v1/deputies", "staff1", deputy, locations);
    String station =
        create(
            "POST /api/v1/contact-stations",
            "staff1",
            Map.of("name", "系统测试地址联络站" + GENERATION, "kind", "LIAISON_STATION"),
            locations);
    String deputyId = DevDeputies.id(19).toString();
    create(
        "POST /api/v1/contact-stations/{id}/duties",
        "staff1",
        Map.of("deputyId", deputyId, "dutyDate", DAY),
        locations,
        station);
    create(
        "POST /api/v1/deputies/{deputyId}/activities",
        DEPUTY,
        Map.of("kind", "INSPECTION", "occurredOn", DAY, "title", "系统测试：视察社区卫生服务中心"),
        locations,
        deputyId);
    create(
        "POST /api/v1/deputies/{deputyId}/constituent-contacts",
        DEPUTY,
        Map.of("receivedOn", DAY, "subject", "系统测试：来信", "content", "反映小区停车难问题，请代表关注。"),
        locations,
        deputyId);
    String suggestion =
        create(
            "POST /api/v1/suggestions",
            AUTHOR,
            Map.of(
                "kind", "SUGGESTION",
                "title", "关于系统测试地址的建议",
                "content", "系统测试：本建议只用来检查返回的地址。",
                "category", "EDUCATION"),
            locations);
    attach(suggestion, locations);
    String plan =
        create(
            "POST /api/v1/supervision-plans",
            "staff1",
            Map.of("year", YEAR, "title", YEAR + "年度监督工作计划（系统测试）"),
            locations);
    create(
        "POST /api/v1/supervision-topics",
        "staff1",
        Map.of(
            "planId",
            plan,
            "title",
            "系统测试：听取和审议区政府专项工作报告",
            "kind",
            "WORK_REPORT",
            "committee",
            "社会建设工作委员会",
            "departmentIds",
            List.of("HEALTH"),
            "plannedMeetingDate",
            YEAR + "-06-01"),
        locations);
    create(
        "POST /api/v1/appointments",
        "staff1",
        Map.of(
            "personName", "系统测试",
            "post", "局长",
            "departmentId", "HEALTH",
            "appointedOn", DAY),
        locations);
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("year", YEAR);
    round.put("title", YEAR + "年度民心工程实事项目（系统测试地址）");
    round.put("projectsToSelect", 3);
    round.put("collectingEndsOn", (YEAR - 1) + "-10-31");
    round.put("screeningEndsOn", (YEAR - 1) + "-12-15");
    round.put("votingOn", YEAR + "-01-16");
    round.put("checkInOpensAt", YEAR + "-01-16T00:00:00Z");
    round.put("checkInClosesAt", YEAR + "-01-16T04:00:00Z");
    round.put("implementingEndsOn", YEAR + "-11-30");
    round.put("evaluatingEndsOn", YEAR + "-12-31");
    String roundId = create("POST /api/v1/livelihood-rounds", "staff1", round, locations);
    create(
        "POST /api/v1/livelihood-rounds/{roundId}/candidates",
        DEPUTY,
        Map.of("title", "系统测试地址项目", "description", "系统测试：项目说明、受益人群和实施计划。"),
        locations,
        roundId);

    assertThat(locations.keySet()).containsExactlyInAnyOrderElementsOf(CREATING_ROUTES);
    locations.forEach(
        (route, location) ->
            assertThat(location).as(route).startsWith(Gateway.BASE_URL + "/api/v1/"));
  }

  /** The address the client used, whatever it is: the Host it sent to the gateway. */
  @Test
  void shouldAnswerWithTheHostTheClientAddressed() {
    DevDeputies.ensureReady();
    Response created =
        Gateway.as(AUTHOR)
            .header("Host", "congress.example.test:8443")
            .body(
                Map.of(
                    "kind", "SUGGESTION",
                    "title", "关于系统测试地址的建议（新建）",
                    "content", "系统测试：本建议只用来检查返回的地址。",
                    "category", "EDUCATION"))
            .post("/api/v1/suggestions");

    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo("http://congress.example.test:8443/api/v1/suggestions/" + created.path("id"));
  }

  private static String create(
      String route, String user, Object body, Map<String, String> locations, Object... params) {
    return created(
        route, send(route, user, spec -> spec.body(Json.write(body)), params), locations);
  }

  private static void attach(String suggestion, Map<String, String> locations) {
    String route = "POST /api/v1/suggestions/{id}/attachments";
    created(
        route,
        send(
            route,
            AUTHOR,
            spec ->
                spec.contentType("multipart/form-data")
                    .multiPart("file", "photo.png", PNG, "image/png"),
            suggestion),
        locations);
  }

  private static Response send(
      String route,
      String user,
      Function<RequestSpecification, RequestSpecification> body,
      Object... params) {
    RequestSpecification spec =
        Gateway.as(user).header("Idempotency-Key", RUN + ":" + route.replace(" ", "_"));
    return body.apply(spec).post(route.substring("POST ".length()), params);
  }

  private static String created(String route, Response response, Map<String, String> locations) {
    assertThat(response.statusCode()).as("%s: %s", route, response.asString()).isEqualTo(201);
    locations.put(route, response.header("Location"));
    return response.path("id") == null ? null : response.path("id").toString();
  }
}
