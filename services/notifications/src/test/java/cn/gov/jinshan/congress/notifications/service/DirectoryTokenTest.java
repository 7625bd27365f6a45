package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.support.DirectorySettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory's and the phone book's calls share one access token, kept until shortly before it
 * expires and fetched again once after a 401. Keycloak is a local HTTP stub here (the process
 * edge), so that the token requests can be counted and a token refused at will; the directory
 * against the real realm is {@link DirectoryTest}.
 */
class DirectoryTokenTest {
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong nanos = new AtomicLong();
  private StubKeycloak keycloak;
  private DirectoryToken token;
  private KeycloakPhoneBook phones;
  private KeycloakDirectory directory;

  @BeforeEach
  void start() throws IOException {
    keycloak = new StubKeycloak();
    DirectoryConfig config = DirectorySettings.at(keycloak.url());
    token = new DirectoryToken(config, json, nanos::get, Runnable::run);
    phones = new KeycloakPhoneBook(config, json, token);
    directory = new KeycloakDirectory(config, json, token);
  }

  @AfterEach
  void stop() {
    keycloak.stop();
  }

  @Test
  void shouldAskForOneTokenForManyLookUps() {
    List<Optional<String>> numbers =
        IntStream.range(0, 40).parallel().mapToObj(n -> phones.phoneOf("user-" + n)).toList();
    List<Person> deputies =
        IntStream.range(0, 5)
            .mapToObj(n -> directory.people("JS-DISTRICT", new Party(Party.Kind.DEPUTY, "d" + n)))
            .flatMap(List::stream)
            .toList();

    assertThat(numbers).allSatisfy(n -> assertThat(n).isPresent());
    assertThat(phones.phoneOf("user-7")).contains("13800000007");
    assertThat(deputies).hasSize(5);
    assertThat(keycloak.tokenRequests.get()).isEqualTo(1);
  }

  @Test
  void shouldFetchOneNewTokenAfterA401() {
    assertThat(phones.phoneOf("user-1")).isPresent();
    keycloak.refused.add("token-1");

    assertThat(phones.phoneOf("user-2")).contains("13800000002");
    assertThat(keycloak.tokenRequests.get()).isEqualTo(2);
    IntStream.range(0, 10).forEach(n -> phones.phoneOf("user-" + n));
    directory.people("JS-DISTRICT", new Party(Party.Kind.DEPUTY, "d1"));
    assertThat(keycloak.tokenRequests.get()).isEqualTo(2);
  }

  @Test
  void shouldSayTheDirectoryIsUnavailableWhenTheNewTokenIsRefusedToo() {
    assertThat(phones.phoneOf("user-1")).isPresent();
    keycloak.refuseEveryToken = true;

    assertThatThrownBy(() -> phones.phoneOf("user-2")).isInstanceOf(DirectoryUnavailable.class);
    assertThat(keycloak.tokenRequests.get()).isEqualTo(2);
    assertThatThrownBy(() -> directory.people("JS-DISTRICT", new Party(Party.Kind.DEPUTY, "d1")))
        .isInstanceOf(DirectoryUnavailable.class);
    assertThat(keycloak.tokenRequests.get()).isEqualTo(3);
  }

  @Test
  void shouldRenewTheTokenShortlyBeforeItExpires() {
    keycloak.expiresIn = 300;
    phones.phoneOf("user-1");
    nanos.set(Duration.ofSeconds(300).minus(DirectoryToken.MARGIN).minusSeconds(1).toNanos());
    phones.phoneOf("user-2");
    assertThat(keycloak.tokenRequests.get()).isEqualTo(1);

    nanos.set(Duration.ofSeconds(300).minus(DirectoryToken.MARGIN).plusSeconds(1).toNanos());
    phones.phoneOf("user-3");
    phones.phoneOf("user-4");
    assertThat(keycloak.tokenRequests.get()).isEqualTo(2);
    assertThat(keycloak.bearers).containsExactlyInAnyOrder("token-1", "token-2");
  }

  @Test
  void shouldKeepNothingOfAFailedFetch() {
    keycloak.tokenStatus = 401;
    assertThatThrownBy(() -> phones.phoneOf("user-1")).isInstanceOf(DirectoryUnavailable.class);

    keycloak.tokenStatus = 200;
    assertThat(phones.phoneOf("user-1")).contains("13800000001");
    assertThat(keycloak.tokenRequests.get()).isEqualTo(2);
  }

  @Test
  void shouldSayTheDirectoryIsUnavailableWhenKeycloakCannotBeReached() {
    keycloak.stop();
    assertThatThrownBy(() -> phones.phoneOf("user-1")).isInstanceOf(DirectoryUnavailable.class);
  }

  /**
   * Keycloak's token endpoint (token-1, token-2, … in turn) and the admin API's user routes, which
   * answer 401 to a refused token and give user-N the number 138000000NN.
   */
  private static final class StubKeycloak {
    final AtomicInteger tokenRequests = new AtomicInteger();
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    final Set<String> bearers = ConcurrentHashMap.newKeySet();
    volatile boolean refuseEveryToken;
    volatile int tokenStatus = 200;
    volatile long expiresIn = 300;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private boolean stopped;

    StubKeycloak() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      server.setExecutor(threads);
      server.createContext("/realms/congress/protocol/openid-connect/token", this::token);
      server.createContext("/admin/realms/congress/users", this::users);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void stop() {
      if (!stopped) {
        stopped = true;
        server.stop(0);
        threads.shutdownNow();
      }
    }

    private void token(HttpExchange exchange) throws IOException {
      exchange.getRequestBody().readAllBytes();
      int n = tokenRequests.incrementAndGet();
      if (tokenStatus != 200) {
        answer(exchange, tokenStatus, "{\"error\":\"unauthorized_client\"}");
        return;
      }
      answer(
          exchange, 200, "{\"access_token\":\"token-" + n + "\",\"expires_in\":" + expiresIn + "}");
    }

    private void users(HttpExchange exchange) throws IOException {
      String bearer =
          exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
      if (refuseEveryToken || refused.contains(bearer)) {
        answer(exchange, 401, "");
        return;
      }
      bearers.add(bearer);
      String path = exchange.getRequestURI().getPath();
      String rest = path.substring("/admin/realms/congress/users".length());
      if (rest.isEmpty()) {
        // an attribute query: one person
        String id = "p-" + exchange.getRequestURI().getRawQuery().hashCode();
        answer(
            exchange,
            200,
            "[{\"id\":\""
                + id
                + "\",\"username\":\"deputy\",\"enabled\":true,\"email\":\"d@example.org\"}]");
        return;
      }
      int n = Integer.parseInt(rest.substring("/user-".length()));
      answer(
          exchange, 200, "{\"attributes\":{\"phone\":[\"138" + String.format("%08d", n) + "\"]}}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}
