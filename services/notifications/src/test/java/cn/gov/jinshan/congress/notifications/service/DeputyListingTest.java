package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.notifications.support.DirectorySettings;
import cn.gov.jinshan.congress.testing.Poll;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A congress's deputy logins are listed in the background: a caller (inside its transaction) waits
 * for them only {@code listing-wait}, then gives up and asks again later, while the listing goes
 * on. Keycloak is a stub HTTP server at the process edge, so that its listing can be made slow or
 * fail.
 */
class DeputyListingTest {
  private static final String USER =
      "{\"id\":\"u1\",\"username\":\"zhangwei\",\"enabled\":true,\"email\":\"zw@example.org\","
          + "\"firstName\":\"伟\",\"lastName\":\"张\",\"attributes\":{\"deputy_id\":"
          + "[\"d0000000-0000-4000-8000-000000000001\"],\"congress_id\":[\"C1\"]}}";

  private HttpServer keycloak;
  private final AtomicInteger listings = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch releaseRenewal = new CountDownLatch(1);
  private volatile CountDownLatch gate = release;
  private volatile int listingStatus = 200;
  private volatile String listed = "[" + USER + "]";

  @BeforeEach
  void startKeycloak() throws IOException {
    keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    keycloak.createContext(
        "/realms/congress/protocol/openid-connect/token",
        exchange -> answer(exchange, 200, "{\"access_token\":\"t\",\"expires_in\":300}"));
    keycloak.createContext(
        "/admin/realms/congress/roles/deputy/users",
        exchange -> {
          listings.incrementAndGet();
          try {
            gate.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          answer(exchange, listingStatus, listingStatus == 200 ? listed : "{}");
        });
    keycloak.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    keycloak.start();
  }

  @AfterEach
  void stopKeycloak() {
    release.countDown();
    releaseRenewal.countDown();
    keycloak.stop(0);
  }

  @Test
  void shouldNotWaitForALongListingAndAnswerFromItOnceItIsDone() {
    KeycloakDirectory directory = directory();

    assertThatThrownBy(() -> directory.deputies("C1"))
        .isInstanceOf(DirectoryUnavailable.class)
        .hasMessageContaining("are being listed");
    assertThatThrownBy(() -> directory.deputies("C1")).isInstanceOf(DirectoryUnavailable.class);
    release.countDown();

    assertThat(Poll.until(Duration.ofSeconds(10), answers(directory))).isTrue();
    List<DeputyAccount> accounts = directory.deputies("C1");
    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).person().displayName()).isEqualTo("张伟");
    assertThat(listings)
        .as("one listing for every caller while it ran, then remembered")
        .hasValue(1);
  }

  @Test
  void shouldServeTheLastListWhileRenewingIt() {
    KeycloakDirectory directory = directory();
    release.countDown();
    assertThat(Poll.until(Duration.ofSeconds(10), answers(directory))).isTrue();
    listed = "[" + USER + "," + USER.replace("\"u1\"", "\"u2\"") + "]";
    gate = releaseRenewal;

    directory.renewDeputies("C1");

    assertThat(Poll.until(Duration.ofSeconds(10), () -> listings.get() == 2)).isTrue();
    assertThat(directory.deputies("C1")).as("the last list, while renewing").hasSize(1);
    releaseRenewal.countDown();
    assertThat(Poll.until(Duration.ofSeconds(10), () -> directory.deputies("C1").size() == 2))
        .isTrue();
  }

  @Test
  void shouldListAgainAfterAListingFailed() {
    KeycloakDirectory directory = directory();
    listingStatus = 503;
    release.countDown();

    assertThat(Poll.until(Duration.ofSeconds(10), () -> failsWith(directory, "answered 503")))
        .isTrue();
    listingStatus = 200;

    assertThat(Poll.until(Duration.ofSeconds(10), answers(directory))).isTrue();
    assertThat(listings.get()).isGreaterThanOrEqualTo(2);
  }

  private static BooleanSupplier answers(KeycloakDirectory directory) {
    return () -> {
      try {
        return !directory.deputies("C1").isEmpty();
      } catch (DirectoryUnavailable stillListing) {
        return false;
      }
    };
  }

  private static boolean failsWith(KeycloakDirectory directory, String message) {
    try {
      directory.deputies("C1");
      return false;
    } catch (DirectoryUnavailable e) {
      return String.valueOf(e.getMessage()).contains(message);
    }
  }

  private KeycloakDirectory directory() {
    String url = "http://127.0.0.1:" + keycloak.getAddress().getPort();
    DirectorySettings settings = DirectorySettings.at(url);
    ObjectMapper json = new ObjectMapper();
    return new KeycloakDirectory(settings, json, new DirectoryToken(settings, json));
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
