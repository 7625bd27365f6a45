package cn.gov.jinshan.congress.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;

/**
 * Real HTTP upstreams for the gateway under test: one Vert.x server per service on a random port
 * (deputies, suggestions, supervision, voting, notifications), the audit service down (a port
 * nobody listens on), and the identity provider's JWKS with an RSA key generated here. Each
 * upstream answers:
 *
 * <ul>
 *   <li>{@code /q/openapi}: a small document with its own paths; {@code /q/health/ready}: UP
 *   <li>{@code .../slow}: answers after 3 s; {@code .../events}: SSE, one event at once, a second
 *       when {@code .../events-release} is called; {@code .../quiet-events}: SSE, head at once, the
 *       first event after 3 s; {@code .../download?mb=N}: N MiB streamed; {@code .../status/N}:
 *       status N
 *   <li>the console: no OpenAPI document; {@code /login-redirect}: 302 with a Location and a
 *       Set-Cookie
 *   <li>anything else: an echo of what it received (headers, body size), never the body
 * </ul>
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {
  public static final String ISSUER = "https://sso.congress.test/realms/congress";
  public static final String KEY_ID = "gateway-test-key";

  private static final Map<String, List<String>> PATHS =
      Map.of(
          "deputies", List.of("/api/v1/deputies", "/api/v1/public/deputies"),
          "suggestions", List.of("/api/v1/suggestions"),
          "supervision", List.of("/api/v1/supervision-topics", "/api/v1/appointees"),
          "voting", List.of("/api/v1/voting-rounds"),
          "notifications", List.of("/api/v1/notifications", "/api/v1/webhook-subscriptions"),
          "console", List.of());

  private Vertx vertx;
  private final Queue<HttpServerResponse> heldEvents = new ConcurrentLinkedQueue<>();

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId(KEY_ID);
      key.setAlgorithm("RS256");
      key.setUse("sig");
      Map<String, String> config = new HashMap<>();
      for (String service : PATHS.keySet()) {
        HttpServer server = startStub(service, key);
        config.put(
            "gateway.upstreams." + service + ".url", "http://127.0.0.1:" + server.actualPort());
      }
      config.put("gateway.upstreams.audit.url", "http://127.0.0.1:" + unusedPort());
      config.put("gateway.upstreams.audit.breaker-failure-threshold", "3");
      config.put("gateway.upstreams.audit.breaker-open-for", "60s");
      config.put("gateway.upstreams.deputies.response-timeout", "1s");
      config.put("gateway.routes.deputies.max-body-size", "1M");
      config.put("gateway.auth.issuer", ISSUER);
      config.put(
          "gateway.auth.jwks-url",
          config.get("gateway.upstreams.deputies.url") + "/realms/congress/certs");
      config.put("gateway.openapi.refresh", "2s");
      config.put("quarkus.http.cors.origins", "https://app.congress.test");
      config.put("test.signing-jwk", key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
      return config;
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

  private HttpServer startStub(String service, RsaJsonWebKey key) throws Exception {
    String jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    return vertx
        .createHttpServer()
        .requestHandler(request -> handle(service, jwks, request))
        .listen(0, "127.0.0.1")
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private void handle(String service, String jwks, HttpServerRequest request) {
    String path = request.path();
    HttpServerResponse response = request.response();
    if (path.equals("/realms/congress/certs")) {
      response.putHeader("Content-Type", "application/json").end(jwks);
    } else if (path.equals("/q/health/ready")) {
      response.putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
    } else if (service.equals("console") && path.equals("/q/openapi")) {
      response.setStatusCode(404).end();
    } else if (service.equals("console") && path.equals("/login-redirect")) {
      response
          .setStatusCode(302)
          .putHeader("Location", "http://127.0.0.1:8180/realms/congress/auth?state=1")
          .putHeader("Set-Cookie", "q_auth_state=abc; Path=/; HttpOnly; SameSite=Lax")
          .end();
    } else if (path.equals("/q/openapi")) {
      response.putHeader("Content-Type", "application/json").end(openapi(service).encode());
    } else if (path.endsWith("/slow")) {
      vertx.setTimer(3000, t -> response.end("slow"));
    } else if (path.endsWith("/quiet-events")) {
      response.setChunked(true).putHeader("Content-Type", "text/event-stream").writeHead();
      vertx.setTimer(20_000, t -> response.end("data: late\n\n"));
    } else if (path.endsWith("/events")) {
      response.setChunked(true).putHeader("Content-Type", "text/event-stream");
      response.write("data: first\n\n");
      heldEvents.add(response);
    } else if (path.endsWith("/events-release")) {
      for (HttpServerResponse held = heldEvents.poll(); held != null; held = heldEvents.poll()) {
        held.end("data: second\n\n");
      }
      response.setStatusCode(204).end();
    } else if (path.endsWith("/download")) {
      int mb = Integer.parseInt(request.getParam("mb", "1"));
      response.setChunked(true).putHeader("Content-Type", "application/octet-stream");
      stream(response, Buffer.buffer(new byte[64 * 1024]), mb * 16);
    } else if (path.contains("/status/")) {
      response.setStatusCode(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1))).end();
    } else {
      echo(service, request);
    }
  }

  private void stream(HttpServerResponse response, Buffer chunk, int remaining) {
    int left = remaining;
    while (left > 0 && !response.writeQueueFull()) {
      response.write(chunk);
      left--;
    }
    if (left == 0) {
      response.end();
      return;
    }
    int next = left;
    response.drainHandler(v -> stream(response, chunk, next));
  }

  private static void echo(String service, HttpServerRequest request) {
    long[] bytes = {0};
    request.handler(chunk -> bytes[0] += chunk.length());
    request.endHandler(
        v ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Request-Id", "upstream-must-not-override")
                .end(
                    new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("path", request.path())
                        .put("query", request.query())
                        .put("bodyBytes", bytes[0])
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("traceparent", request.getHeader("traceparent"))
                        .put("authorization", request.getHeader("Authorization"))
                        .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                        .put("host", request.getHeader("Host"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                        .put("forwarded", request.getHeader("Forwarded"))
                        .put("forwardedPrefix", request.getHeader("X-Forwarded-Prefix"))
                        .put("forwardedPort", request.getHeader("X-Forwarded-Port"))
                        .put("cookie", request.getHeader("Cookie"))
                        .encode()));
  }

  private static JsonObject openapi(String service) {
    JsonObject paths = new JsonObject();
    for (String path : PATHS.get(service)) {
      paths.put(
          path,
          new JsonObject()
              .put(
                  "get",
                  new JsonObject()
                      .put("summary", "List of " + path)
                      .put("tags", List.of(service))));
    }
    String schema = Character.toUpperCase(service.charAt(0)) + service.substring(1) + "Response";
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put("info", new JsonObject().put("title", service + " service").put("version", "1.0"))
        .put("tags", List.of(new JsonObject().put("name", service)))
        .put("paths", paths)
        .put(
            "components",
            new JsonObject()
                .put(
                    "schemas",
                    new JsonObject()
                        .put(schema, new JsonObject().put("type", "object"))
                        .put("Problem", new JsonObject().put("type", "object"))));
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
