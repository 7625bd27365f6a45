package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5a: the security matrix. Every route of the gateway's merged OpenAPI document × every
 * kind of caller, with real objects where the route names one (own and foreign): a suggestion of
 * deputy01 assigned to EDU, deputy01's record, a supervision topic of EDU that deputy01 took part
 * in, this year's plan, a livelihood round of the district congress.
 *
 * <p>{@link #ALLOWED} is the one declared table: who may get a 2xx from each route with those
 * objects. Everyone else must not get a 2xx (any 2xx is a failure); GETs by an allowed caller must
 * not be refused with 401/403. Writes are only sent by callers that must be refused, so the matrix
 * changes nothing. A route in the document but not in the table (or the other way round) fails the
 * test, so a new route cannot slip through undeclared.
 */
class SecurityMatrixIT {
  /** Callers: the column names of the table and the dev realm users behind them. */
  static final Map<String, String> CALLERS = new LinkedHashMap<>();

  static {
    CALLERS.put("ANON", null);
    CALLERS.put("D1", "deputy01");
    CALLERS.put("D2", "deputy02");
    CALLERS.put("EDU", "dept-edu");
    // The EDU department's office system (client credentials): exactly the rights of its people.
    CALLERS.put("EDUSYS", "dept-edu-system");
    CALLERS.put("HEALTH", "dept-health");
    CALLERS.put("STAFF", "staff1");
    CALLERS.put("MEMBER", "member01");
    CALLERS.put("AUDITOR", "auditor1");
    CALLERS.put("ADMIN", "admin1");
    CALLERS.put("ZHUJING", "staff-zhujing");
  }

  /**
   * Who may get a 2xx (- = nobody). Objects: {id} of suggestions/motions = deputy01's suggestion
   * assigned to EDU (foreign to D2 and HEALTH); deputies = deputy01; supervision topics = a topic
   * of EDU with deputy01 on its visit; plans = this year's plan; livelihood rounds = a round of the
   * district; public suggestion = that suggestion, not published. ZHUJING is staff of another
   * congress: it may list its own congress but never reaches an object of the district. EDUSYS is
   * EDU's office system, with a client-credentials token: wherever EDU is, EDUSYS is too.
   */
  static final String ALLOWED =
      """
          GET    /api/v1/appointments                                                     STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/appointments                                                     STAFF ADMIN ZHUJING
          GET    /api/v1/appointments/{id}                                                EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          PUT    /api/v1/appointments/{id}                                                STAFF ADMIN
          POST   /api/v1/appointments/{id}/reviews                                        STAFF ADMIN
          POST   /api/v1/appointments/{id}/reviews/{reviewId}/completion                  STAFF ADMIN
          POST   /api/v1/appointments/{id}/reviews/{reviewId}/ratings                     MEMBER
          POST   /api/v1/appointments/{id}/reviews/{reviewId}/report                      EDU EDUSYS HEALTH
          GET    /api/v1/audit/aggregates/{type}/{id}                                     AUDITOR ADMIN
          GET    /api/v1/audit/events                                                     AUDITOR ADMIN
          GET    /api/v1/audit/events/{seq}                                               AUDITOR ADMIN
          GET    /api/v1/audit/exports                                                    AUDITOR ADMIN
          GET    /api/v1/audit/statistics                                                 AUDITOR ADMIN
          GET    /api/v1/audit/stream                                                     AUDITOR ADMIN
          GET    /api/v1/audit/verification                                               AUDITOR ADMIN
          GET    /api/v1/committee-members                                                STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/committee-members                                                STAFF ADMIN ZHUJING
          PUT    /api/v1/committee-members/{id}                                           STAFF ADMIN
          POST   /api/v1/congresses                                                       ADMIN
          PUT    /api/v1/congresses/{id}                                                  ADMIN
          GET    /api/v1/constituent-contacts/{id}                                        D1 D2 STAFF ADMIN
          PUT    /api/v1/constituent-contacts/{id}/suggestion                             D1 D2 STAFF ADMIN
          GET    /api/v1/contact-stations                                                 D1 D2 STAFF ADMIN ZHUJING
          POST   /api/v1/contact-stations                                                 STAFF ADMIN ZHUJING
          GET    /api/v1/contact-stations/{id}                                            D1 D2 STAFF ADMIN
          GET    /api/v1/contact-stations/{id}/duties                                     D1 D2 STAFF ADMIN
          POST   /api/v1/contact-stations/{id}/duties                                     STAFF ADMIN
          GET    /api/v1/delegations                                                      D1 D2 STAFF ADMIN ZHUJING
          POST   /api/v1/delegations                                                      STAFF ADMIN ZHUJING
          GET    /api/v1/deputies                                                         STAFF ADMIN ZHUJING
          POST   /api/v1/deputies                                                         STAFF ADMIN ZHUJING
          GET    /api/v1/deputies/me                                                      D1 D2
          GET    /api/v1/deputies/{deputyId}/activities                                   D1 STAFF ADMIN
          POST   /api/v1/deputies/{deputyId}/activities                                   D1 STAFF ADMIN
          GET    /api/v1/deputies/{deputyId}/constituent-contacts                         D1 STAFF ADMIN
          POST   /api/v1/deputies/{deputyId}/constituent-contacts                         D1 STAFF ADMIN
          GET    /api/v1/deputies/{deputyId}/performance-records/{year}                   D1 STAFF ADMIN
          GET    /api/v1/deputies/{id}                                                    D1 STAFF ADMIN
          PUT    /api/v1/deputies/{id}                                                    STAFF ADMIN
          PUT    /api/v1/deputies/{id}/profile                                            D1 STAFF ADMIN
          POST   /api/v1/deputies/{id}/status-changes                                     STAFF ADMIN
          GET    /api/v1/entitled-voters                                                  STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/livelihood-projects                                              D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/livelihood-projects/{id}                                         D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          GET    /api/v1/livelihood-projects/{id}/inspections                             D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-projects/{id}/inspections                             D1 D2
          GET    /api/v1/livelihood-projects/{id}/milestones                              D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-projects/{id}/milestones                              EDU EDUSYS HEALTH STAFF
          POST   /api/v1/livelihood-projects/{id}/milestones/{milestoneId}/completion     EDU EDUSYS HEALTH STAFF
          GET    /api/v1/livelihood-projects/{id}/progress-reports                        D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-projects/{id}/progress-reports                        EDU EDUSYS HEALTH
          GET    /api/v1/livelihood-projects/{id}/ratings                                 STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-projects/{id}/ratings                                 D1 D2
          GET    /api/v1/livelihood-rounds                                                D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/livelihood-rounds                                                STAFF ADMIN ZHUJING
          GET    /api/v1/livelihood-rounds/{id}                                           D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-rounds/{id}/ballots                                   D1 D2 STAFF
          POST   /api/v1/livelihood-rounds/{id}/cancellation                              STAFF
          GET    /api/v1/livelihood-rounds/{id}/check-ins                                 STAFF AUDITOR ADMIN
          POST   /api/v1/livelihood-rounds/{id}/check-ins                                 D1 D2 STAFF
          POST   /api/v1/livelihood-rounds/{id}/close                                     STAFF
          POST   /api/v1/livelihood-rounds/{id}/paper-ballot-issues                       STAFF
          POST   /api/v1/livelihood-rounds/{id}/phase                                     STAFF
          GET    /api/v1/livelihood-rounds/{id}/result                                    D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-rounds/{id}/result/tie-resolution                     STAFF
          GET    /api/v1/livelihood-rounds/{roundId}/candidates                           D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-rounds/{roundId}/candidates                           D1 D2 EDU EDUSYS HEALTH STAFF
          GET    /api/v1/livelihood-rounds/{roundId}/candidates/{id}                      D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/livelihood-rounds/{roundId}/candidates/{id}/screening            STAFF
          POST   /api/v1/motions/{id}/acceptance                                          STAFF ADMIN
          POST   /api/v1/motions/{id}/conversion                                          STAFF ADMIN
          GET    /api/v1/public/congresses                                                ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/congresses/{id}                                           ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/deputies                                                  ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/deputy-codes                                              ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/livelihood-rounds                                         ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/livelihood-rounds/{id}/board                              ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/livelihood-rounds/{id}/projects                           ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/public/livelihood-rounds/{id}/receipt-lookups                    ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/livelihood-rounds/{id}/recount                            ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/livelihood-rounds/{id}/result                             ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/suggestions                                               ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/suggestions/{id}                                          -
          GET    /api/v1/public/supervision-codes                                         ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/supervision-topics                                        ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/public/supervision-topics/{id}                                   ANON D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestion-congresses/{id}                                       D1 D2 EDU EDUSYS HEALTH STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestion-deputies/{id}                                         D1 D2 STAFF AUDITOR ADMIN
          GET    /api/v1/suggestion-departments                                           D1 D2 EDU EDUSYS HEALTH STAFF AUDITOR ADMIN ZHUJING
          POST   /api/v1/suggestion-departments                                           ADMIN
          GET    /api/v1/suggestion-departments/{code}                                    D1 D2 EDU EDUSYS HEALTH STAFF AUDITOR ADMIN
          PUT    /api/v1/suggestion-departments/{code}                                    ADMIN
          POST   /api/v1/suggestion-departments/{code}/deactivation                       ADMIN
          GET    /api/v1/suggestion-export.{format}                                       D1 D2 EDU EDUSYS HEALTH STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestion-statistics                                            STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestion-statistics.csv                                        STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestion-statistics.xlsx                                       STAFF AUDITOR ADMIN ZHUJING
          GET    /api/v1/suggestions                                                      D1 D2 EDU EDUSYS HEALTH STAFF AUDITOR ADMIN ZHUJING
          POST   /api/v1/suggestions                                                      D1 D2
          GET    /api/v1/suggestions/{id}                                                 D1 EDU EDUSYS STAFF AUDITOR ADMIN
          PUT    /api/v1/suggestions/{id}                                                 D1
          GET    /api/v1/suggestions/{id}/attachments                                     D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/attachments                                     -
          GET    /api/v1/suggestions/{id}/attachments/{attachmentId}                      D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/assignments                                     STAFF ADMIN
          POST   /api/v1/suggestions/{id}/closure                                         STAFF ADMIN
          GET    /api/v1/suggestions/{id}/co-signers                                      D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/co-signers                                      D1
          POST   /api/v1/suggestions/{id}/co-signers/{deputyId}/answer                    D1
          GET    /api/v1/suggestions/{id}/contacts                                        D1 EDU EDUSYS STAFF AUDITOR ADMIN
          GET    /api/v1/suggestions/{id}/dossier                                         D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/contacts                                        EDU EDUSYS
          POST   /api/v1/suggestions/{id}/evaluation                                      D1
          GET    /api/v1/suggestions/{id}/extension-requests                              EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/extension-requests                              EDU EDUSYS
          POST   /api/v1/suggestions/{id}/extension-requests/{requestId}/decision         STAFF ADMIN
          POST   /api/v1/suggestions/{id}/follow-ups                                      EDU EDUSYS
          PUT    /api/v1/suggestions/{id}/key-supervision                                 STAFF ADMIN
          POST   /api/v1/suggestions/{id}/merge                                           STAFF ADMIN
          POST   /api/v1/suggestions/{id}/registration                                    STAFF ADMIN
          GET    /api/v1/suggestions/{id}/referrals                                       D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/referrals                                       STAFF ADMIN
          GET    /api/v1/suggestions/{id}/replies                                         D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/replies                                         EDU EDUSYS
          POST   /api/v1/suggestions/{id}/return                                          STAFF ADMIN
          POST   /api/v1/suggestions/{id}/submit                                          D1
          GET    /api/v1/suggestions/{id}/tasks                                           D1 EDU EDUSYS STAFF AUDITOR ADMIN
          POST   /api/v1/suggestions/{id}/tasks/{taskId}/opinion                          EDU EDUSYS
          POST   /api/v1/suggestions/{id}/tasks/{taskId}/send-back                        EDU EDUSYS
          POST   /api/v1/suggestions/{id}/tasks/{taskId}/sign-for                         EDU EDUSYS
          GET    /api/v1/supervision-plans                                                STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/supervision-plans                                                STAFF ADMIN ZHUJING
          GET    /api/v1/supervision-plans/{id}                                           STAFF MEMBER AUDITOR ADMIN
          PUT    /api/v1/supervision-plans/{id}                                           STAFF ADMIN
          GET    /api/v1/supervision-statistics                                           STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/supervision-subjects                                             STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/supervision-subjects/{id}                                        STAFF MEMBER AUDITOR ADMIN
          GET    /api/v1/supervision-topics                                               D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/supervision-topics                                               STAFF ADMIN ZHUJING
          GET    /api/v1/supervision-topics/{id}                                          D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          PUT    /api/v1/supervision-topics/{id}                                          STAFF ADMIN
          POST   /api/v1/supervision-topics/{id}/attendance                               STAFF ADMIN
          POST   /api/v1/supervision-topics/{id}/cancellation                             STAFF ADMIN
          POST   /api/v1/supervision-topics/{id}/closure                                  STAFF ADMIN
          GET    /api/v1/supervision-topics/{id}/hearing                                  D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{id}/hearing                                  STAFF ADMIN
          POST   /api/v1/supervision-topics/{id}/hearing/report                           EDU EDUSYS
          GET    /api/v1/supervision-topics/{id}/hearings                                 D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          GET    /api/v1/supervision-topics/{id}/opinion                                  D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{id}/opinion                                  STAFF ADMIN
          POST   /api/v1/supervision-topics/{id}/opinion/acknowledgement                  EDU EDUSYS
          GET    /api/v1/supervision-topics/{id}/questions                                D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{id}/questions                                STAFF MEMBER
          POST   /api/v1/supervision-topics/{id}/questions/{questionId}/answer            EDU EDUSYS
          GET    /api/v1/supervision-topics/{id}/rectification                            D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{id}/rectification                            EDU EDUSYS
          POST   /api/v1/supervision-topics/{id}/research                                 STAFF ADMIN
          GET    /api/v1/supervision-topics/{id}/visits                                   D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{id}/visits                                   STAFF ADMIN
          GET    /api/v1/supervision-topics/{topicId}/evaluations                         D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{topicId}/evaluations                         STAFF ADMIN
          GET    /api/v1/supervision-topics/{topicId}/evaluations/{evaluationId}          D1 EDU EDUSYS STAFF MEMBER AUDITOR ADMIN
          POST   /api/v1/supervision-topics/{topicId}/evaluations/{evaluationId}/completion STAFF ADMIN
          POST   /api/v1/supervision-topics/{topicId}/evaluations/{evaluationId}/ratings  MEMBER
          GET    /api/v1/notification-preferences                                         D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          PUT    /api/v1/notification-preferences                                         D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/notifications                                                    D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/notifications/stream                                             D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          GET    /api/v1/notifications/unread-count                                       D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/notifications/read-all                                           D1 D2 EDU EDUSYS HEALTH STAFF MEMBER AUDITOR ADMIN ZHUJING
          POST   /api/v1/notifications/{id}/read                                          -
          GET    /api/v1/webhook-subscriptions                                            EDU EDUSYS HEALTH
          POST   /api/v1/webhook-subscriptions                                            EDU EDUSYS HEALTH
          GET    /api/v1/webhook-subscriptions/{id}                                       -
          DELETE /api/v1/webhook-subscriptions/{id}                                       -
          GET    /api/v1/webhook-subscriptions/{id}/deliveries                            -
          POST   /api/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver     -
          POST   /api/v1/webhook-subscriptions/{id}/reactivation                          -
          GET    /api/v1/voting-statistics                                                STAFF MEMBER AUDITOR ADMIN ZHUJING
          """;

  private static final Set<String> PUBLIC_CALLERS = Set.of("ANON", "D1", "ZHUJING");

  private static final Set<String> SEND_WITHOUT_BODY = Set.of("GET", "DELETE");

  /** Server-sent event streams: only the status and headers are read, then the stream is closed. */
  private static final Set<String> STREAMS =
      Set.of("GET /api/v1/audit/stream", "GET /api/v1/notifications/stream");

  private static String suggestion;
  private static String task;
  private static String topic;
  private static String plan;
  private static String round;

  @BeforeAll
  static void objects() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    suggestion =
        Gateway.as("deputy01")
            .body(
                Map.of(
                    "kind", "SUGGESTION",
                    "title", "安全矩阵测试建议 " + run,
                    "content", "用于权限矩阵的建议。",
                    "category", "EDUCATION"))
            .post("/api/v1/suggestions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    SuggestionLifecycleIT.transition("deputy01", suggestion, "submit", null);
    SuggestionLifecycleIT.transition("staff1", suggestion, "registration", null);
    SuggestionLifecycleIT.transition(
        "staff1", suggestion, "assignments", Map.of("leadDepartmentId", "EDU"));
    task =
        Gateway.as("dept-edu")
            .get("/api/v1/suggestions/{id}/tasks", suggestion)
            .then()
            .statusCode(200)
            .extract()
            .path("find { it.departmentId == 'EDU' }.id");

    LocalDate today = LocalDate.now(Performance.CHINA);
    plan = SupervisionTopicIT.plan(today.getYear());
    topic =
        Gateway.as("staff1")
            .body(
                Map.of(
                    "planId",
                    plan,
                    "title",
                    "安全矩阵测试议题 " + run,
                    "kind",
                    "WORK_REPORT",
                    "committee",
                    "教育科学文化卫生工作委员会",
                    "departmentIds",
                    List.of("EDU"),
                    "plannedMeetingDate",
                    today.toString()))
            .post("/api/v1/supervision-topics")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    SupervisionTopicIT.transition(topic, "research", null).statusCode(200);
    Gateway.as("staff1")
        .body(
            Map.of(
                "kind",
                "RESEARCH",
                "visitedOn",
                today.toString(),
                "place",
                "朱泾小学",
                "deputyIds",
                List.of(DevDeputies.id(1).toString())))
        .post("/api/v1/supervision-topics/{id}/visits", topic)
        .then()
        .statusCode(201);

    List<String> rounds =
        Gateway.as("staff1")
            .get("/api/v1/livelihood-rounds")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    round = rounds.isEmpty() ? UUID.randomUUID().toString() : rounds.get(0);
  }

  @Test
  void shouldRefuseEveryCallerTheTableDoesNotAllowOnEveryRoute() throws Exception {
    Map<String, Set<String>> table = table();
    assertThat(new TreeSet<>(OpenApi.operations().keySet()))
        .as("routes of the merged OpenAPI document = routes of the declared table")
        .isEqualTo(new TreeSet<>(table.keySet()));

    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS.size());
    List<Future<?>> callers = new ArrayList<>();
    for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
      callers.add(
          pool.submit(
              () -> callAll(table, caller.getKey(), caller.getValue(), failures, statuses, sent)));
    }
    for (Future<?> f : callers) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("security matrix: %d requests, statuses %s%n", sent.get(), statuses);
    assertThat(failures).isEmpty();
  }

  /** One caller's requests, route after route. */
  private static void callAll(
      Map<String, Set<String>> table,
      String name,
      String username,
      List<String> failures,
      Map<Integer, Integer> statuses,
      AtomicInteger sent) {
    for (Map.Entry<String, Set<String>> route : table.entrySet()) {
      String method = route.getKey().split(" ")[0];
      String path = resolve(route.getKey().split(" ")[1]);
      boolean allowed = route.getValue().contains(name);
      if (allowed && !method.equals("GET")) {
        continue; // the matrix never writes
      }
      if (path.startsWith("/api/v1/public/") && !PUBLIC_CALLERS.contains(name)) {
        continue; // public routes skip authentication: one token-bearing caller is enough
      }
      var spec = username == null ? Gateway.anonymous() : Gateway.as(username);
      spec.accept("*/*");
      if (!SEND_WITHOUT_BODY.contains(method)) {
        spec.body("{}");
      }
      long started = System.nanoTime();
      Streams.Outcome outcome;
      if (STREAMS.contains(route.getKey())) {
        outcome = Streams.open(username, path);
      } else {
        Response response = spec.request(method, path);
        outcome = new Streams.Outcome(response.statusCode(), Problems.isProblem(response), "");
      }
      sent.incrementAndGet();
      int status = outcome.status();
      statuses.merge(status, 1, Integer::sum);
      long millis = (System.nanoTime() - started) / 1_000_000;
      String where = route.getKey() + " as " + name + " → " + status;
      if (millis > 2000) {
        System.out.printf("slow: %s in %d ms%n", where, millis);
      }
      if (!allowed && status >= 200 && status < 300) {
        failures.add("2xx where the table expects a denial: " + where);
      } else if (allowed && (status == 401 || status == 403)) {
        failures.add("refused although the table allows it: " + where);
      } else if (status >= 500) {
        failures.add("server error: " + where);
      } else if (status == 429) {
        failures.add("rate limited (the tests pace themselves): " + where);
      } else if (status >= 400 && !outcome.problem()) {
        failures.add("error without problem+json: " + where);
      }
    }
  }

  /**
   * An object the caller may not read is answered as absent, 404 problem+json, in every service
   * (ADR 014): another deputy's record, a topic of another department or that a deputy took no part
   * in, a suggestion of another deputy or department, any object of another congress.
   */
  @Test
  void shouldAnswerNotFoundForObjectsTheCallerMayNotRead() {
    Map<String, List<String>> unreadable = new LinkedHashMap<>();
    unreadable.put(
        "deputy02",
        List.of(
            "/api/v1/deputies/{id}",
            "/api/v1/supervision-topics/{id}",
            "/api/v1/suggestions/{id}"));
    unreadable.put(
        "dept-health", List.of("/api/v1/supervision-topics/{id}", "/api/v1/suggestions/{id}"));
    unreadable.put(
        "dept-health-system",
        List.of("/api/v1/supervision-topics/{id}", "/api/v1/suggestions/{id}"));
    unreadable.put(
        "staff-zhujing",
        List.of(
            "/api/v1/deputies/{id}",
            "/api/v1/supervision-topics/{id}",
            "/api/v1/suggestions/{id}"));
    List<String> failures = new ArrayList<>();
    unreadable.forEach(
        (caller, routes) -> {
          for (String route : routes) {
            Response response = Gateway.as(caller).accept("*/*").get(resolve(route));
            if (response.statusCode() != 404 || !Problems.isProblem(response)) {
              failures.add("GET " + route + " as " + caller + " → " + response.statusCode());
            }
          }
        });
    assertThat(failures).as("objects the caller may not read, not answered 404").isEmpty();
  }

  @Test
  void shouldKeepForeignItemsOutOfLists() {
    for (String caller :
        List.of("deputy02", "dept-health", "dept-health-system", "staff-zhujing")) {
      List<String> ids = new ArrayList<>();
      String token = null;
      int pages = 0;
      do {
        var spec = Gateway.as(caller).queryParam("limit", 100);
        if (token != null) {
          spec.queryParam("pageToken", token);
        }
        var page = spec.get("/api/v1/suggestions").then().statusCode(200).extract();
        ids.addAll(page.<List<String>>path("items.id"));
        token = page.path("nextPageToken");
      } while (token != null && ++pages < 50);
      assertThat(ids).as("%s's list of suggestions", caller).doesNotContain(suggestion);
    }
    for (String caller : List.of("dept-edu", "dept-edu-system")) {
      List<String> own =
          Gateway.as(caller)
              .queryParam("limit", 100)
              .get("/api/v1/suggestions")
              .then()
              .statusCode(200)
              .extract()
              .path("items.id");
      assertThat(own).as("%s sees the item assigned to it", caller).contains(suggestion);
    }
  }

  /**
   * Mass assignment: a deputy's own profile update carrying server-owned fields (status, level,
   * congress, name, login, id, version) changes none of them.
   */
  @Test
  void shouldIgnoreServerOwnedFieldsInAProfileUpdate() {
    String me = DevDeputies.id(5).toString();
    var before =
        Gateway.as("deputy05").get("/api/v1/deputies/{id}", me).then().statusCode(200).extract();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("phone", before.path("phone"));
    body.put("email", before.path("email"));
    body.put("occupation", before.path("occupation"));
    body.put("biography", before.path("biography"));
    body.put("status", "TERMINATED");
    body.put("level", "CITY");
    body.put("congressId", "JS-ZHUJING");
    body.put("name", "篡改的姓名");
    body.put("userSubject", "someone-else");
    body.put("id", UUID.randomUUID().toString());
    body.put("version", 0);
    body.put("delegation", Map.of("id", UUID.randomUUID().toString()));
    int status =
        Gateway.as("deputy05")
            .header("If-Match", before.header("ETag"))
            .body(body)
            .put("/api/v1/deputies/{id}/profile", me)
            .then()
            .extract()
            .statusCode();
    assertThat(status).as("ignored (200) or refused (400)").isIn(200, 400);
    var after =
        Gateway.as("staff1").get("/api/v1/deputies/{id}", me).then().statusCode(200).extract();
    for (String field :
        List.of("id", "status", "level", "congressId", "name", "userSubject", "delegation.id")) {
      assertThat((Object) after.path(field))
          .as("server-owned field %s", field)
          .isEqualTo(before.path(field));
    }
  }

  /** The declared table: "METHOD /path" → callers allowed a 2xx. */
  static Map<String, Set<String>> table() {
    Map<String, Set<String>> table = new TreeMap<>();
    for (String line : ALLOWED.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      Set<String> allowed = new TreeSet<>();
      for (int i = 2; i < cells.length; i++) {
        if (!cells[i].equals("-")) {
          assertThat(CALLERS).as("caller in the table").containsKey(cells[i]);
          allowed.add(cells[i]);
        }
      }
      Set<String> previous = table.put(cells[0] + " " + cells[1], allowed);
      assertThat(previous).as("route declared twice: %s", line).isNull();
    }
    return table;
  }

  /** The route's path with the objects above (or a random id) for its parameters. */
  static String resolve(String template) {
    String path = template;
    String deputy = DevDeputies.id(1).toString();
    if (path.startsWith("/api/v1/suggestions/{id}") || path.startsWith("/api/v1/motions/{id}")) {
      path = path.replace("{id}", suggestion).replace("{taskId}", task);
      path = path.replace("{deputyId}", deputy);
    } else if (path.startsWith("/api/v1/public/suggestions/{id}")) {
      path = path.replace("{id}", suggestion);
    } else if (path.startsWith("/api/v1/deputies/{")
        || path.startsWith("/api/v1/suggestion-deputies/{")) {
      path = path.replace("{id}", deputy).replace("{deputyId}", deputy);
      path = path.replace("{year}", Integer.toString(Performance.thisYear()));
    } else if (path.startsWith("/api/v1/suggestion-departments/{")) {
      path = path.replace("{code}", "EDU");
    } else if (path.startsWith("/api/v1/supervision-topics/{")
        || path.startsWith("/api/v1/public/supervision-topics/{")) {
      path = path.replace("{id}", topic).replace("{topicId}", topic);
    } else if (path.startsWith("/api/v1/supervision-plans/{")) {
      path = path.replace("{id}", plan);
    } else if (path.startsWith("/api/v1/livelihood-rounds/{")
        || path.startsWith("/api/v1/public/livelihood-rounds/{")) {
      path = path.replace("{id}", round).replace("{roundId}", round);
    } else if (path.startsWith("/api/v1/audit/aggregates/")) {
      path = path.replace("{type}", "suggestion").replace("{id}", suggestion);
    } else if (path.equals("/api/v1/audit/verification")) {
      return path + "?from=1&to=1000"; // the whole ledger takes long: one range is enough here
    } else if (path.startsWith("/api/v1/audit/events/{seq}")) {
      path = path.replace("{seq}", "1");
    } else if (path.contains("{format}")) {
      path = path.replace("{format}", "csv");
    } else if (path.contains("congresses/{id}")) {
      path = path.replace("{id}", "JS-DISTRICT");
    }
    return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
  }
}
