package cn.gov.jinshan.congress.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the platform's APIs behind the gateway (a real HTTP server on a random port) that
 * records what the console sent: the console's own logic is under test here, the services are
 * tested in their modules and end to end in e2e. Keycloak is the real one.
 *
 * <ul>
 *   <li>{@code GET /api/v1/suggestions}: one draft; {@code GET /api/v1/suggestions/{id}}: that item
 *       as REPLIED with ETag "3", or a 404 problem for {@link #UNREADABLE}
 *   <li>{@code POST /api/v1/suggestions}: a 400 problem naming {@code title} when it is empty,
 *       otherwise the new draft
 *   <li>{@code GET /api/v1/deputies/me}: the deputy's Chinese name
 *   <li>{@code POST …/evaluation}: 412 unless If-Match is "3"
 *   <li>a department's items {@link #LEAD_ITEM} and {@link #CO_ITEM}, their attachments (one PDF
 *       each, one on a reply), extension requests and opinions (400 naming the field when empty)
 *   <li>{@link #RETURNED_ITEM}: PUT answers 412 unless If-Match is "5", 400 for an empty title
 *   <li>the public rounds (two, then a next page with one; see {@link #publicRounds})
 *   <li>livelihood rounds (one, {@link #ROUND}) and the unit's project {@link #PROJECT} with one
 *       progress report; a new report is refused naming {@code percentage} when absent and {@code
 *       narrative} when empty
 *   <li>contact stations (one, {@link #STATION}) and deputy01's constituent contacts: {@link
 *       #CONTACT} (ETag "2", linked by PUT …/suggestion only with If-Match "2") and {@link
 *       #LINKED_CONTACT} (already {@link #ITEM}); a new one is refused naming {@code subject} when
 *       it is empty
 *   <li>the performance record of any deputy and year; the notifications inbox (two on the first
 *       page, one read, one not; a next page) or 404 everywhere when {@link #notificationsUp} is
 *       false
 * </ul>
 */
public class ApiStub implements QuarkusTestResourceLifecycleManager {
  public static final String ITEM = "6f1c1e52-4f8a-4a0e-9a53-000000000001";
  public static final String UNREADABLE = "6f1c1e52-4f8a-4a0e-9a53-000000000404";
  public static final String TITLE_ERROR = "标题不能为空";
  public static final String DEPUTY_NAME = "王代表";

  /** An item the unit HEALTH leads (task {@link #LEAD_TASK}, signed for, in handling). */
  public static final String LEAD_ITEM = "6f1c1e52-4f8a-4a0e-9a53-000000000002";

  public static final String LEAD_TASK = "7a000000-0000-4000-8000-000000000002";

  /** An item the unit HEALTH co-handles (task {@link #CO_TASK}), EDU leads. */
  public static final String CO_ITEM = "6f1c1e52-4f8a-4a0e-9a53-000000000003";

  public static final String CO_TASK = "7a000000-0000-4000-8000-000000000003";

  /** A RETURNED item of deputy01's, ETag "5". */
  public static final String RETURNED_ITEM = "6f1c1e52-4f8a-4a0e-9a53-000000000004";

  /** {@link #LEAD_ITEM}'s reply, not evaluated yet; and the reply a new POST …/replies answers. */
  public static final String REPLY = "8b000000-0000-4000-8000-000000000001";

  public static final String NEW_REPLY = "8b000000-0000-4000-8000-000000000002";

  /** Each item's one attachment of its own (a PDF). */
  public static final String ATTACHMENT = "9c000000-0000-4000-8000-000000000001";

  public static final String PDF = "%PDF-1.4 stub";
  public static final String DEPARTMENT_NAME = "区卫生健康委";
  public static final String REASON_ERROR = "延期理由不能为空";
  public static final String OPINION_ERROR = "协办意见不能为空";

  /** The notifications service is there (true) or not (answers 404, as the gateway does). */
  public static volatile boolean notificationsUp = true;

  public static final String NOTIFICATION_READ = "5d000000-0000-4000-8000-000000000001";
  public static final String NOTIFICATION_UNREAD = "5d000000-0000-4000-8000-000000000002";
  public static final String NEXT_PAGE_TOKEN = "a+b/c=";

  /** A livelihood project the unit HEALTH is responsible for, 40% done, with one report. */
  public static final String PROJECT = "3f000000-0000-4000-8000-000000000001";

  public static final String PROJECT_TITLE = "老旧小区加装电梯";
  public static final String NARRATIVE_ERROR = "进展情况不能为空";

  /** A round the voting service lists to a logged-in person (and the public list, finished). */
  public static final String ROUND = "2e000000-0000-4000-8000-000000000001";

  /** Rounds only the public list has: one still collecting, one implementing (next page). */
  public static final String NEW_ROUND = "2e000000-0000-4000-8000-000000000002";

  public static final String OLD_ROUND = "2e000000-0000-4000-8000-000000000003";

  /** A contact station of the congress. */
  public static final String STATION = "1d000000-0000-4000-8000-000000000001";

  public static final String STATION_NAME = "朱泾镇代表联络站";

  /** deputy01's constituent contact not turned into a suggestion yet (ETag "2"). */
  public static final String CONTACT = "1c000000-0000-4000-8000-000000000001";

  /** deputy01's constituent contact that became {@link #ITEM}. */
  public static final String LINKED_CONTACT = "1c000000-0000-4000-8000-000000000002";

  public static final String SUBJECT_ERROR = "反映事项不能为空";

  /** One request the stub received. */
  public record Received(String method, String path, Map<String, String> headers, String body) {}

  public static final Queue<Received> RECEIVED = new ConcurrentLinkedQueue<>();

  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    try {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(this::handle)
              .listen(0, "127.0.0.1")
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      return Map.of(
          "quarkus.rest-client.platform-api.url", "http://127.0.0.1:" + server.actualPort());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS);
    }
  }

  public static List<Received> received(String method, String path) {
    return RECEIVED.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  private void handle(HttpServerRequest request) {
    request.bodyHandler(
        body -> {
          Map<String, String> headers = new java.util.HashMap<>();
          request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
          RECEIVED.add(
              new Received(request.method().name(), request.path(), headers, body.toString()));
          String type = request.getHeader("Content-Type");
          boolean json = type != null && type.contains("json") && body.length() > 0;
          answer(request, json ? body.toJsonObject() : new JsonObject());
        });
  }

  private static void answer(HttpServerRequest request, JsonObject body) {
    String path = request.path();
    String method = request.method().name();
    var response = request.response().putHeader("Content-Type", "application/json");
    if (path.startsWith("/api/v1/notifications")) {
      notifications(request, path, method);
    } else if (path.equals("/api/v1/public/livelihood-rounds") && method.equals("GET")) {
      publicRounds(request);
    } else if (path.startsWith("/api/v1/livelihood-")) {
      livelihood(request, body, path, method);
    } else if (path.startsWith("/api/v1/contact-stations")
        || path.contains("constituent-contacts")) {
      constituentContacts(request, body, path, method);
    } else if (path.matches("/api/v1/deputies/[^/]+/performance-records/\\d+")) {
      int year = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
      response.end(
          new JsonObject()
              .put("deputyId", "00000000-0000-4000-8000-000000000001")
              .put("congressId", "JS-DISTRICT")
              .put("year", year)
              .put("counts", new JsonObject().put("INSPECTION", 3).put("SUGGESTION_SUBMITTED", 2))
              .put("score", 17)
              .put("otherMemberships", new JsonArray())
              .encode());
    } else if (path.equals("/api/v1/suggestion-departments/HEALTH")) {
      response.end(new JsonObject().put("name", DEPARTMENT_NAME).encode());
    } else if (path.endsWith("/attachments/" + ATTACHMENT) && method.equals("GET")) {
      response
          .putHeader("Content-Type", "application/pdf")
          .putHeader("Content-Disposition", "attachment; filename*=UTF-8''%E6%9D%90%E6%96%99.pdf")
          .end(PDF);
    } else if (path.endsWith("/attachments") && method.equals("POST")) {
      response.setStatusCode(201).end(new JsonObject().put("id", ATTACHMENT).encode());
    } else if (path.endsWith("/extension-requests") && method.equals("GET")) {
      response.end(
          new JsonArray()
              .add(
                  new JsonObject()
                      .put("id", "4e000000-0000-4000-8000-000000000001")
                      .put("departmentId", "HEALTH")
                      .put("requestedDue", "2025-06-30")
                      .put("reason", "需协调市级部门")
                      .put("status", "PENDING")
                      .put("statusLabel", "待审批"))
              .encode());
    } else if (path.endsWith("/extension-requests") && method.equals("POST")) {
      if (body.getString("reason", "").isBlank()) {
        fieldError(response, "requestExtension.request.reason", REASON_ERROR);
      } else {
        response.setStatusCode(201).end(new JsonObject().put("status", "PENDING").encode());
      }
    } else if (path.endsWith("/opinion") && method.equals("POST")) {
      if (body.getString("text", "").isBlank()) {
        fieldError(response, "opinion.request.text", OPINION_ERROR);
      } else {
        response.end(new JsonObject().put("id", CO_TASK).encode());
      }
    } else if (path.endsWith("/replies") && method.equals("POST")) {
      response.setStatusCode(201).end(reply(NEW_REPLY).encode());
    } else if (path.endsWith("/dossier") && method.equals("GET")) {
      String item = path.split("/")[4];
      Map.Entry<String, JsonObject> known = knownItem(item);
      if (known == null) {
        notFound(response);
      } else {
        response
            .putHeader("ETag", known.getKey())
            .end(
                new JsonObject()
                    .put("item", known.getValue())
                    .put("contacts", new JsonArray())
                    .put("replies", repliesOf(item))
                    .put("attachments", attachmentsOf(item))
                    .encode());
      }
    } else if (path.startsWith("/api/v1/suggestions/")
        && method.equals("GET")
        && knownItem(path.substring("/api/v1/suggestions/".length())) != null) {
      Map.Entry<String, JsonObject> known =
          knownItem(path.substring("/api/v1/suggestions/".length()));
      response.putHeader("ETag", known.getKey()).end(known.getValue().encode());
    } else if (path.equals("/api/v1/suggestions/" + RETURNED_ITEM) && method.equals("PUT")) {
      if (body.getString("title", "").isBlank()) {
        fieldError(response, "update.request.title", TITLE_ERROR);
      } else if ("\"5\"".equals(request.getHeader("If-Match"))) {
        response.putHeader("ETag", "\"6\"").end(item("RETURNED").put("id", RETURNED_ITEM).encode());
      } else {
        response
            .setStatusCode(412)
            .putHeader("Content-Type", "application/problem+json")
            .end(new JsonObject().put("status", 412).put("code", "precondition-failed").encode());
      }
    } else if (path.equals("/api/v1/deputies/me") && method.equals("GET")) {
      response.end(new JsonObject().put("name", DEPUTY_NAME).encode());
    } else if (path.equals("/api/v1/suggestions") && method.equals("GET")) {
      response.end(
          new JsonObject()
              .put("items", new JsonArray().add(summary()))
              .putNull("nextPageToken")
              .encode());
    } else if (path.equals("/api/v1/suggestions") && method.equals("POST")) {
      if (body.getString("title", "").isBlank()) {
        response
            .setStatusCode(400)
            .putHeader("Content-Type", "application/problem+json")
            .end(
                new JsonObject()
                    .put("type", "https://congress.jinshan.gov.cn/problems/validation-failed")
                    .put("title", "请求无效")
                    .put("status", 400)
                    .put("detail", "请求中有不符合要求的字段。")
                    .put("code", "validation-failed")
                    .put(
                        "errors",
                        new JsonArray()
                            .add(
                                new JsonObject().put("field", "title").put("message", TITLE_ERROR)))
                    .encode());
      } else {
        response.setStatusCode(201).putHeader("ETag", "\"0\"").end(item("DRAFT").encode());
      }
    } else if (path.equals("/api/v1/suggestions/" + UNREADABLE)) {
      notFound(response);
    } else if (path.endsWith("/contacts") && method.equals("POST")) {
      response.setStatusCode(201).end("{}");
    } else if (path.endsWith("/evaluation")) {
      if ("\"3\"".equals(request.getHeader("If-Match"))) {
        response.putHeader("ETag", "\"4\"").end(item("CLOSED").encode());
      } else {
        response
            .setStatusCode(412)
            .putHeader("Content-Type", "application/problem+json")
            .end(new JsonObject().put("status", 412).put("code", "precondition-failed").encode());
      }
    } else {
      response.setStatusCode(404).end("{}");
    }
  }

  /**
   * The public rounds: a COLLECTING round of 2026 and {@link #ROUND} (2025, FINISHED), then a next
   * page ({@link #NEXT_PAGE_TOKEN}) with an IMPLEMENTING round of 2024.
   */
  private static void publicRounds(HttpServerRequest request) {
    boolean first = request.getParam("pageToken") == null;
    JsonArray items = new JsonArray();
    if (first) {
      items
          .add(publicRound(NEW_ROUND, 2026, "COLLECTING", "征集", false, 3, 0, 0))
          .add(publicRound(ROUND, 2025, "FINISHED", "结束", true, 8, 6, 5));
    } else if (NEXT_PAGE_TOKEN.equals(request.getParam("pageToken"))) {
      items.add(publicRound(OLD_ROUND, 2024, "IMPLEMENTING", "实施", true, 7, 6, 5));
    }
    request
        .response()
        .end(
            new JsonObject()
                .put("items", items)
                .put("nextPageToken", first ? NEXT_PAGE_TOKEN : null)
                .encode());
  }

  private static JsonObject publicRound(
      String id,
      int year,
      String phase,
      String label,
      boolean closed,
      int proposed,
      int shortlisted,
      int selected) {
    return new JsonObject()
        .put("id", id)
        .put("congressId", "JS-DISTRICT")
        .put("year", year)
        .put("title", year + "年度民心工程实事项目")
        .put("phase", phase)
        .put("phaseLabel", label)
        .put("projectsToSelect", 5)
        .put("votingOn", year + "-01-16")
        .put("ballotClosed", closed)
        .put("proposedCount", proposed)
        .put("shortlistedCount", shortlisted)
        .put("selectedCount", selected);
  }

  private static void livelihood(
      HttpServerRequest request, JsonObject body, String path, String method) {
    var response = request.response().putHeader("Content-Type", "application/json");
    if (path.equals("/api/v1/livelihood-rounds") && method.equals("GET")) {
      response.end(
          new JsonObject()
              .put(
                  "items",
                  new JsonArray()
                      .add(
                          new JsonObject()
                              .put("id", ROUND)
                              .put("year", 2025)
                              .put("title", "2025年民心工程实事项目票决")
                              .put("projectsToSelect", 5)
                              .put("phase", "IMPLEMENTING")
                              .put("phaseLabel", "实施中")
                              .put("ballotClosed", true)))
              .putNull("nextPageToken")
              .encode());
    } else if (path.equals("/api/v1/livelihood-projects") && method.equals("GET")) {
      response.end(
          new JsonObject()
              .put("items", new JsonArray().add(project()))
              .putNull("nextPageToken")
              .encode());
    } else if (path.equals("/api/v1/livelihood-projects/" + PROJECT) && method.equals("GET")) {
      response.putHeader("ETag", "\"4\"").end(project().encode());
    } else if (path.equals("/api/v1/livelihood-projects/" + PROJECT + "/progress-reports")
        && method.equals("GET")) {
      response.end(
          new JsonObject()
              .put(
                  "items",
                  new JsonArray()
                      .add(
                          new JsonObject()
                              .put("id", "3e000000-0000-4000-8000-000000000001")
                              .put("projectId", PROJECT)
                              .put("departmentId", "HEALTH")
                              .put("percentage", 40)
                              .put("narrative", "已完成12台电梯的加装。")
                              .put("attachments", new JsonArray())
                              .put("reportedAt", "2025-05-01T02:00:00Z")))
              .putNull("nextPageToken")
              .encode());
    } else if (path.equals("/api/v1/livelihood-projects/" + PROJECT + "/progress-reports")
        && method.equals("POST")) {
      if (body.getValue("percentage") == null) {
        fieldError(response, "report.request.percentage", "不能为null");
      } else if (body.getString("narrative", "").isBlank()) {
        fieldError(response, "report.request.narrative", NARRATIVE_ERROR);
      } else {
        response
            .setStatusCode(201)
            .putHeader("ETag", "\"5\"")
            .end(new JsonObject().put("id", "3e000000-0000-4000-8000-000000000002").encode());
      }
    } else {
      response.setStatusCode(404).end("{}");
    }
  }

  private static JsonObject project() {
    return new JsonObject()
        .put("id", PROJECT)
        .put("roundId", ROUND)
        .put("title", PROJECT_TITLE)
        .put("responsibleDepartmentId", "HEALTH")
        .put("forVotes", 48)
        .put("progressPercent", 40)
        .put("updatedAt", "2025-05-01T02:00:00Z");
  }

  private static void constituentContacts(
      HttpServerRequest request, JsonObject body, String path, String method) {
    var response = request.response().putHeader("Content-Type", "application/json");
    if (path.equals("/api/v1/contact-stations")) {
      response.end(
          new JsonObject()
              .put(
                  "items",
                  new JsonArray()
                      .add(
                          new JsonObject()
                              .put("id", STATION)
                              .put("name", STATION_NAME)
                              .put("kind", "LIAISON_STATION")
                              .put("kindLabel", "代表联络站")
                              .put("address", "朱泾镇人民大街1号")))
              .putNull("nextPageToken")
              .encode());
    } else if (path.matches("/api/v1/deputies/[^/]+/constituent-contacts")
        && method.equals("GET")) {
      response.end(
          new JsonObject()
              .put(
                  "items",
                  new JsonArray()
                      .add(constituentContact(CONTACT, null))
                      .add(constituentContact(LINKED_CONTACT, ITEM)))
              .putNull("nextPageToken")
              .encode());
    } else if (path.matches("/api/v1/deputies/[^/]+/constituent-contacts")) {
      if (body.getString("subject", "").isBlank()) {
        fieldError(response, "record.request.subject", SUBJECT_ERROR);
      } else {
        response
            .setStatusCode(201)
            .end(constituentContact("1c000000-0000-4000-8000-000000000003", null).encode());
      }
    } else if (path.equals("/api/v1/constituent-contacts/" + CONTACT) && method.equals("GET")) {
      response.putHeader("ETag", "\"2\"").end(constituentContact(CONTACT, null).encode());
    } else if (path.equals("/api/v1/constituent-contacts/" + LINKED_CONTACT)) {
      response.putHeader("ETag", "\"3\"").end(constituentContact(LINKED_CONTACT, ITEM).encode());
    } else if (path.equals("/api/v1/constituent-contacts/" + CONTACT + "/suggestion")) {
      if ("\"2\"".equals(request.getHeader("If-Match"))) {
        response
            .putHeader("ETag", "\"3\"")
            .end(constituentContact(CONTACT, body.getString("suggestionId")).encode());
      } else {
        response
            .setStatusCode(412)
            .putHeader("Content-Type", "application/problem+json")
            .end(new JsonObject().put("status", 412).put("code", "precondition-failed").encode());
      }
    } else {
      response.setStatusCode(404).end("{}");
    }
  }

  private static JsonObject constituentContact(String id, String suggestionId) {
    boolean linked = suggestionId != null;
    return new JsonObject()
        .put("id", id)
        .put("deputyId", "00000000-0000-4000-8000-000000000001")
        .put("stationId", STATION)
        .put("receivedOn", linked ? "2025-01-15" : "2025-04-02")
        .put("constituentName", linked ? null : "李阿姨")
        .put("subject", linked ? "社区卫生服务站太远" : "小区停车难")
        .put("content", linked ? "老人就医不便。" : "希望在小区周边增设停车位。")
        .put("suggestionId", suggestionId)
        .put("version", linked ? 3 : 2)
        .put("createdAt", "2025-04-02T02:00:00Z");
  }

  private static void notifications(HttpServerRequest request, String path, String method) {
    var response = request.response().putHeader("Content-Type", "application/json");
    if (!notificationsUp) {
      response.setStatusCode(404).end("{}");
    } else if (path.equals("/api/v1/notifications/unread-count")) {
      // as the notifications service answers it (UnreadCountResponse)
      response.end(new JsonObject().put("unread", 2).encode());
    } else if (path.equals("/api/v1/notifications") && method.equals("GET")) {
      boolean first = request.getParam("pageToken") == null;
      response.end(
          new JsonObject()
              .put(
                  "items",
                  new JsonArray()
                      .add(notification(NOTIFICATION_READ, "已阅的通知", true))
                      .add(notification(NOTIFICATION_UNREAD, "新的交办任务", false)))
              .put("nextPageToken", first ? NEXT_PAGE_TOKEN : null)
              .encode());
    } else if (method.equals("POST")) {
      response.setStatusCode(204).end();
    } else {
      response.setStatusCode(404).end("{}");
    }
  }

  private static JsonObject notification(String id, String title, boolean read) {
    return new JsonObject()
        .put("id", id)
        .put("kind", "TASK_ASSIGNED")
        .put("title", title)
        .put("body", "请及时签收。")
        .put("itemId", LEAD_ITEM)
        .put("read", read)
        .put("createdAt", "2025-03-01T02:00:00Z");
  }

  private static void fieldError(
      io.vertx.core.http.HttpServerResponse response, String field, String message) {
    response
        .setStatusCode(400)
        .putHeader("Content-Type", "application/problem+json")
        .end(
            new JsonObject()
                .put("type", "https://congress.jinshan.gov.cn/problems/validation-failed")
                .put("title", "请求无效")
                .put("status", 400)
                .put("detail", "请求中有不符合要求的字段。")
                .put("code", "validation-failed")
                .put(
                    "errors",
                    new JsonArray()
                        .add(new JsonObject().put("field", field).put("message", message)))
                .encode());
  }

  private static JsonObject task(String id, String department, String role) {
    return new JsonObject()
        .put("id", id)
        .put("departmentId", department)
        .put("departmentName", department.equals("HEALTH") ? DEPARTMENT_NAME : "区教育局")
        .put("role", role)
        .put("roleLabel", role.equals("LEAD") ? "主办" : "协办")
        .put("state", "SIGNED")
        .put("stateLabel", "已签收")
        .put("assignedOn", "2025-02-25");
  }

  /** The items the stub knows, by id: the ETag and the item; null for any other id. */
  private static Map.Entry<String, JsonObject> knownItem(String id) {
    if (id.equals(LEAD_ITEM)) {
      return Map.entry(
          "\"7\"",
          item("IN_PROGRESS")
              .put("id", LEAD_ITEM)
              .put("stateLabel", "办理中")
              .put("tasks", new JsonArray().add(task(LEAD_TASK, "HEALTH", "LEAD"))));
    } else if (id.equals(CO_ITEM)) {
      return Map.entry(
          "\"7\"",
          item("IN_PROGRESS")
              .put("id", CO_ITEM)
              .put("stateLabel", "办理中")
              .put(
                  "tasks",
                  new JsonArray()
                      .add(task("7a000000-0000-4000-8000-000000000009", "EDU", "LEAD"))
                      .add(task(CO_TASK, "HEALTH", "CO_HANDLER"))));
    } else if (id.equals(RETURNED_ITEM)) {
      return Map.entry(
          "\"5\"",
          item("RETURNED")
              .put("id", RETURNED_ITEM)
              .put("stateLabel", "已退回修改")
              .put("category", "HEALTH")
              .put("returnReason", "请补充具体地点")
              .put(
                  "leadDeputy",
                  new JsonObject()
                      .put("id", "00000000-0000-4000-8000-000000000001")
                      .put("name", "Deputy 01")));
    } else if (id.equals(ITEM)) {
      return Map.entry("\"3\"", item("REPLIED"));
    }
    return null;
  }

  /** {@link #LEAD_ITEM} has one reply; the other items none yet. */
  private static JsonArray repliesOf(String item) {
    return item.equals(LEAD_ITEM) ? new JsonArray().add(reply(REPLY)) : new JsonArray();
  }

  /** Every item has a file of its own and one of a reply. */
  private static JsonArray attachmentsOf(String item) {
    return new JsonArray()
        .add(attachment(item, ATTACHMENT, null, "材料.pdf"))
        .add(attachment(item, "9c000000-0000-4000-8000-000000000002", REPLY, "答复.pdf"));
  }

  private static void notFound(io.vertx.core.http.HttpServerResponse response) {
    response
        .setStatusCode(404)
        .putHeader("Content-Type", "application/problem+json")
        .end(
            new JsonObject()
                .put("type", "https://congress.jinshan.gov.cn/problems/not-found")
                .put("status", 404)
                .put("code", "not-found")
                .put("detail", "该件不存在。")
                .encode());
  }

  private static JsonObject reply(String id) {
    return new JsonObject()
        .put("id", id)
        .put("departmentName", DEPARTMENT_NAME)
        .put("round", 0)
        .put("replyClass", "A")
        .put("replyClassLabel", "已解决或基本解决")
        .put("text", "已增设服务站。")
        .put("publishable", true)
        .put("repliedOn", "2025-03-10");
  }

  private static JsonObject attachment(String item, String id, String replyId, String name) {
    return new JsonObject()
        .put("id", id)
        .put("suggestionId", item)
        .put("replyId", replyId)
        .put("fileName", name)
        .put("mediaType", "application/pdf")
        .put("sizeBytes", 20480)
        .put("uploadedAt", "2025-02-21T02:00:00Z");
  }

  private static JsonObject summary() {
    return new JsonObject()
        .put("id", ITEM)
        .put("kind", "SUGGESTION")
        .put("title", "关于增设社区卫生服务站的建议")
        .put("state", "DRAFT")
        .put("stateLabel", "草稿")
        .put("overdue", false)
        .put("dueOn", "2025-03-01");
  }

  private static JsonObject item(String state) {
    return summary()
        .put("state", state)
        .put("stateLabel", state.equals("REPLIED") ? "已答复" : "草稿")
        .put("kindLabel", "建议")
        .put("content", "社区居民就医不便。")
        .put("categoryLabel", "医疗卫生")
        .put(
            "leadDeputy",
            new JsonObject()
                .put("id", "00000000-0000-4000-8000-000000000001")
                .put("name", "Deputy 01"))
        .put("coSigners", new JsonArray())
        .put("tasks", new JsonArray())
        .put("rehandlingRounds", 0)
        .put("createdAt", "2025-02-20T02:00:00Z");
  }
}
