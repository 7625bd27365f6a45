package cn.gov.jinshan.congress.supervision.support;

import static io.restassured.RestAssured.given;

import cn.gov.jinshan.congress.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh congress per test (every query is scoped by congress, so tests sharing one database never
 * see each other's rows), with tokens and shortcuts that drive a topic through its lifecycle.
 */
public final class TestCongress {
  public final String id;
  public final String staffToken;
  private final int year;

  private TestCongress(String id) {
    this.id = id;
    this.staffToken = Tokens.staff(id);
    this.year = 2026;
  }

  /** Members m1..m8 of the Standing Committee, serving since 2020, registered in every congress. */
  public static final int MEMBERS = 8;

  public static TestCongress create() {
    return new TestCongress(
            "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT))
        .withMembers();
  }

  /** A congress with a fixed id (e.g. one with configured rules); its plan may already exist. */
  public static TestCongress withId(String id) {
    return new TestCongress(id).withMembers();
  }

  private TestCongress withMembers() {
    for (String m : members(MEMBERS)) {
      registerMember(m, "委员" + m, LocalDate.of(2020, 1, 1), null);
    }
    return this;
  }

  /** Registers a member for term 1 (an earlier registration of a fixed congress is left). */
  public Response registerMember(
      String memberId, String name, LocalDate servesFrom, LocalDate servesUntil) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("memberId", memberId);
    body.put("name", name);
    body.put("term", 1);
    body.put("servesFrom", servesFrom.toString());
    if (servesUntil != null) {
      body.put("servesUntil", servesUntil.toString());
    }
    Response response = staff().body(body).post("/api/v1/committee-members");
    if (response.statusCode() != 201 && response.statusCode() != 409) {
      throw new IllegalStateException("member not registered: " + response.asString());
    }
    return response;
  }

  /** Staff of this congress who also read the congresses below it (cross_congress). */
  public String crossStaff() {
    return Tokens.crossCongressStaff(id);
  }

  public RequestSpecification staff() {
    return as(staffToken);
  }

  public RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  /** A committee member's token; the subject is the member id used in attendance. */
  public String member(String memberId) {
    return Tokens.token(memberId, id, Map.of(), "committee_member");
  }

  public String department(String departmentId) {
    return Tokens.department(id, departmentId);
  }

  public String deputy(UUID deputyId) {
    return Tokens.deputy(id, deputyId);
  }

  private UUID plan;

  /** The congress's plan of the year, created on first use. */
  public UUID plan() {
    if (plan == null) {
      plan = createPlan();
    }
    return plan;
  }

  private UUID createPlan() {
    Response created =
        staff()
            .body(Map.of("year", year, "title", year + "年度监督工作计划"))
            .post("/api/v1/supervision-plans");
    if (created.statusCode() == 409) { // a fixed congress id: the plan of an earlier run
      List<Map<String, Object>> plans =
          staff().get("/api/v1/supervision-plans?limit=100").then().extract().path("items");
      return plans.stream()
          .filter(p -> Integer.valueOf(year).equals(p.get("year")))
          .map(p -> UUID.fromString((String) p.get("id")))
          .findFirst()
          .orElseThrow();
    }
    return UUID.fromString(created.then().statusCode(201).extract().path("id"));
  }

  /** Plans a topic for the given responsible department and returns its id. */
  public UUID topic(String title, String kind, String... departments) {
    UUID plan = plan();
    return UUID.fromString(
        staff()
            .body(
                Map.of(
                    "planId",
                    plan.toString(),
                    "title",
                    title,
                    "kind",
                    kind,
                    "committee",
                    "社会建设工作委员会",
                    "departmentIds",
                    List.of(departments),
                    "plannedMeetingDate",
                    "2026-06-25"))
            .post("/api/v1/supervision-topics")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public String etag(UUID topic) {
    return staff()
        .get("/api/v1/supervision-topics/" + topic)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  public String status(UUID topic) {
    return staff().get("/api/v1/supervision-topics/" + topic).then().extract().path("status");
  }

  public Response transition(UUID topic, String path, Object body) {
    RequestSpecification spec = staff().header("If-Match", etag(topic));
    if (body != null) {
      spec = spec.body(body);
    }
    return spec.post("/api/v1/supervision-topics/" + topic + "/" + path);
  }

  public void research(UUID topic) {
    transition(topic, "research", null).then().statusCode(200);
  }

  public void scheduleHearing(UUID topic, LocalDate meeting) {
    transition(topic, "hearing", Map.of("meetingDate", meeting.toString())).then().statusCode(201);
  }

  public void submitReport(UUID topic, String department) {
    as(department(department))
        .body(
            Map.of(
                "text",
                "关于养老服务工作情况的报告：全区新建社区养老服务综合体5家……",
                "attachments",
                List.of(
                    Map.of(
                        "fileName", "养老服务统计表.xlsx",
                        "mediaType",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "sizeBytes", 20480))))
        .post("/api/v1/supervision-topics/" + topic + "/hearing/report")
        .then()
        .statusCode(200);
  }

  /** Records attendance: members by id, plus deputies. */
  public void attendance(UUID topic, List<String> members, List<UUID> deputies) {
    staff()
        .body(Map.of("attendees", attendees(members, deputies)))
        .post("/api/v1/supervision-topics/" + topic + "/attendance")
        .then()
        .statusCode(200);
  }

  public static List<Map<String, Object>> attendees(List<String> members, List<UUID> deputies) {
    List<Map<String, Object>> attendees = new ArrayList<>();
    members.forEach(m -> attendees.add(Map.of("memberId", m, "name", "委员" + m)));
    deputies.forEach(d -> attendees.add(Map.of("deputyId", d.toString(), "name", "代表")));
    return attendees;
  }

  /** Runs a topic up to a held hearing with the given members present. */
  public UUID heardTopic(String department, List<String> members) {
    UUID topic = topic("听取和审议区政府关于养老服务工作情况的报告", "WORK_REPORT", department);
    research(topic);
    scheduleHearing(topic, LocalDate.of(2026, 6, 25));
    submitReport(topic, department);
    attendance(topic, members, List.of());
    return topic;
  }

  public UUID openEvaluation(UUID topic, Map<String, Object> body) {
    return UUID.fromString(
        staff()
            .body(body)
            .post("/api/v1/supervision-topics/" + topic + "/evaluations")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  public Response rate(UUID topic, UUID evaluation, String member, String grade) {
    return as(member(member))
        .body(Map.of("grade", grade))
        .post("/api/v1/supervision-topics/" + topic + "/evaluations/" + evaluation + "/ratings");
  }

  public Response complete(UUID topic, UUID evaluation) {
    return staff()
        .post("/api/v1/supervision-topics/" + topic + "/evaluations/" + evaluation + "/completion");
  }

  /**
   * Hears a new topic with one member per grade present, lets each rate, completes the evaluation
   * of the report and returns the completion response.
   */
  public Response reportOutcomeAfter(List<String> grades) {
    UUID topic = heardTopic("WJW", members(grades.size()));
    UUID evaluation = openEvaluation(topic, Map.of("subject", "REPORT"));
    for (int i = 0; i < grades.size(); i++) {
      rate(topic, evaluation, "m" + (i + 1), grades.get(i)).then().statusCode(201);
    }
    return complete(topic, evaluation);
  }

  /** Members m1..mN. */
  public static List<String> members(int n) {
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      members.add("m" + i);
    }
    return members;
  }
}
