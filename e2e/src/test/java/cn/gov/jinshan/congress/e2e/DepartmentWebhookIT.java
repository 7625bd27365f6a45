package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.SignatureVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A department's office system learns of its work by webhook and does it with client credentials
 * only: the EDU system subscribes, a real HTTP receiver in this test checks every delivery's
 * signature as the Standard Webhooks specification says ({@link SignatureVerifier}) and counts
 * deliveries by webhook-id; when the assignment arrives, the system signs for the item, records a
 * contact and replies, and the webhooks of those steps arrive too, each once.
 */
class DepartmentWebhookIT {
  private static final String SYSTEM = "dept-edu-system";
  private static final int LEAD = 15;
  private static final Duration ARRIVAL = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldLetTheDepartmentsSystemActOnSignedWebhooksWithClientCredentialsOnly()
      throws Exception {
    DevDeputies.ensureReady();
    Receiver receiver = Receiver.start();
    try {
      var created =
          Gateway.as(SYSTEM)
              .body(
                  Map.of(
                      "url",
                      receiver.url(),
                      "eventTypes",
                      List.of(
                          "suggestion.assigned",
                          "suggestion.contact_recorded",
                          "suggestion.replied")))
              .post("/api/v1/webhook-subscriptions")
              .then()
              .statusCode(201)
              .body("secret", startsWith("whsec_"))
              .extract();
      String subscription = created.path("id");
      receiver.secret = created.path("secret");
      // The secret is shown once: never again.
      Gateway.as(SYSTEM)
          .get("/api/v1/webhook-subscriptions/{id}", subscription)
          .then()
          .statusCode(200)
          .body("secret", nullValue());
      // Another department does not see it.
      Gateway.as("dept-health-system")
          .get("/api/v1/webhook-subscriptions/{id}", subscription)
          .then()
          .statusCode(404);

      String run = Long.toString(System.currentTimeMillis(), 36);
      String item =
          DepartmentSystemIT.assignedToEdu(Users.deputy(LEAD), "关于中小学食堂引入第三方检测的建议 " + run);

      // The system learns of the assignment by webhook, not by looking.
      assertThat(Poll.until(ARRIVAL, () -> receiver.of(item, "suggestion.assigned").isPresent()))
          .as("the assignment webhook")
          .isTrue();
      JsonNode assignedData = receiver.of(item, "suggestion.assigned").orElseThrow().get("data");
      assertThat(assignedData.get("departmentId").asText()).isEqualTo("EDU");
      assertThat(assignedData.toString()).doesNotContain("example.org", "Deputy");

      String task =
          Gateway.as(SYSTEM)
              .get("/api/v1/suggestions/{id}/tasks", item)
              .then()
              .statusCode(200)
              .extract()
              .path("find { it.departmentId == 'EDU' }.id");
      Gateway.as(SYSTEM)
          .post("/api/v1/suggestions/{id}/tasks/{t}/sign-for", item, task)
          .then()
          .statusCode(200);
      Gateway.as(SYSTEM)
          .body(
              Map.of(
                  "contactedOn", LocalDate.now(Performance.CHINA).toString(),
                  "way", "PHONE",
                  "summary", "办公系统登记：电话联系领衔代表"))
          .post("/api/v1/suggestions/{id}/contacts", item)
          .then()
          .statusCode(201);
      Gateway.as(SYSTEM)
          .body(
              Map.of(
                  "replyClass", "A",
                  "text", "已在全区中小学食堂引入第三方检测。",
                  "publishable", true,
                  "signedBy", "区教育局"))
          .post("/api/v1/suggestions/{id}/replies", item)
          .then()
          .statusCode(201);

      assertThat(
              Poll.until(
                  ARRIVAL,
                  () ->
                      receiver.of(item, "suggestion.contact_recorded").isPresent()
                          && receiver.of(item, "suggestion.replied").isPresent()))
          .as("the contact and reply webhooks")
          .isTrue();
      assertThat(receiver.badSignatures).as("deliveries with a bad signature").isEmpty();
      assertThat(receiver.deliveriesById.values())
          .as("each webhook-id delivered once")
          .allSatisfy(n -> assertThat(n).isEqualTo(1));

      // The delivery log shows what was sent, with the receiver's answers.
      Gateway.as(SYSTEM)
          .get("/api/v1/webhook-subscriptions/{id}/deliveries", subscription)
          .then()
          .statusCode(200);
    } finally {
      receiver.stop();
    }
  }

  /** The department system's endpoint: verifies, counts, answers 204. */
  static final class Receiver {
    private final HttpServer server;
    final Map<String, Integer> deliveriesById = new ConcurrentHashMap<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    final List<String> badSignatures = new CopyOnWriteArrayList<>();
    volatile String secret;
    private volatile BooleanSupplier failing = () -> false;
    private volatile AtomicInteger refused = new AtomicInteger();

    private Receiver(HttpServer server) {
      this.server = server;
    }

    static Receiver start() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      Receiver receiver = new Receiver(server);
      server.createContext("/hook", receiver::handle);
      server.start();
      return receiver;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers 500 (counting the refusals) while the condition holds. */
    void failWhile(BooleanSupplier condition, AtomicInteger refusals) {
      this.refused = refusals;
      this.failing = condition;
    }

    void stop() {
      server.stop(0);
    }

    Optional<JsonNode> of(String item, String type) {
      return bodies.stream()
          .filter(b -> type.equals(b.path("type").asText()))
          .filter(b -> item.equals(b.path("data").path("suggestionId").asText()))
          .findFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
      String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
      if (!SignatureVerifier.verifies(
          secret, id, timestamp, signatures, new String(body, StandardCharsets.UTF_8))) {
        badSignatures.add(id);
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
        return;
      }
      if (failing.getAsBoolean()) {
        refused.incrementAndGet();
        exchange.sendResponseHeaders(500, -1);
        exchange.close();
        return;
      }
      deliveriesById.merge(id, 1, Integer::sum);
      bodies.add(JSON.readTree(body));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    }
  }
}
