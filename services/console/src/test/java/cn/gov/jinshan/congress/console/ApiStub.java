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
 * </ul>
 */
public class ApiStub implements QuarkusTestResourceLifecycleManager {
  public static final String ITEM = "6f1c1e52-4f8a-4a0e-9a53-000000000001";
  public static final String UNREADABLE = "6f1c1e52-4f8a-4a0e-9a53-000000000404";
  public static final String TITLE_ERROR = "标题不能为空";
  public static final String DEPUTY_NAME = "王代表";

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
          answer(request, body.length() == 0 ? null : body.toJsonObject());
        });
  }

  private static void answer(HttpServerRequest request, JsonObject body) {
    String path = request.path();
    String method = request.method().name();
    var response = request.response().putHeader("Content-Type", "application/json");
    if (path.equals("/api/v1/deputies/me") && method.equals("GET")) {
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
    } else if (path.equals("/api/v1/suggestions/" + ITEM)) {
      response.putHeader("ETag", "\"3\"").end(item("REPLIED").encode());
    } else if (path.endsWith("/replies") || path.endsWith("/contacts")) {
      response.end("[]");
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
