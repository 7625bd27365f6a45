package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Mailbox;
import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fault scenarios of the notifications service (make faults, after {@link FaultsIT}): the service
 * killed with SIGKILL during a burst of submissions, the SMTP server stopped for 30 s, and a
 * department's webhook receiver failing for a while. Each item of the load invites deputy 25 to
 * co-sign before it is submitted, and each submission tells the congress staff: afterwards every
 * committed submission has exactly one SUGGESTION_SUBMITTED inbox entry for staff1 and the invited
 * deputy exactly one invitation mail (staff's mail of a submission waits for their daily digest, so
 * the mails counted one by one are the invitations); every assignment's webhook arrives once by
 * webhook-id.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationFaultsIT {
  private static final int[] DEPUTIES = {22, 23, 24};
  private static final Duration BURST = Duration.ofSeconds(8);
  private static final Duration SMTP_DOWN = Duration.ofSeconds(30);
  private static final Duration CONVERGENCE = Duration.ofSeconds(180);
  private static final String RUN = "NF" + Long.toString(System.currentTimeMillis(), 36);
  private static final String STAFF = "staff1";
  private static final int INVITED = 25;

  @BeforeAll
  static void ready() {
    DevDeputies.ensureReady();
  }

  @Test
  @Order(1)
  void shouldLoseAndDoubleNoInboxEntryAndNoMailWhenTheServiceIsKilledDuringABurst() {
    Load load = new Load(RUN + "-kill", DEPUTIES).inviting(INVITED);
    load.start();
    try {
      hold(BURST);
      Faults.services("kill", "notifications");
      hold(Duration.ofSeconds(3));
      Faults.services("start", "notifications");
      hold(BURST);
    } finally {
      load.stop();
    }
    verifyToldOnce("kill", load.marker());
  }

  @Test
  @Order(2)
  void shouldDeliverTheMailsHeldWhileTheSmtpServerWasStopped() {
    // GreenMail keeps mail in memory: the mails of earlier scenarios are gone after the restart,
    // so this scenario's items are submitted only while it is down and after it is back.
    Faults.mail("stop");
    Load load = new Load(RUN + "-smtp", DEPUTIES).inviting(INVITED);
    load.start();
    try {
      hold(SMTP_DOWN);
    } finally {
      Faults.mail("start");
    }
    hold(Duration.ofSeconds(3));
    load.stop();
    verifyToldOnce("smtp", load.marker());
  }

  @Test
  @Order(3)
  void shouldDeliverEveryWebhookOnceAfterTheReceiverRecovers() throws Exception {
    DepartmentWebhookIT.Receiver receiver = DepartmentWebhookIT.Receiver.start();
    AtomicInteger refused = new AtomicInteger();
    long failUntil = System.currentTimeMillis() + 20_000;
    receiver.failWhile(() -> System.currentTimeMillis() < failUntil, refused);
    try {
      var created =
          Gateway.as("dept-edu-system")
              .body(Map.of("url", receiver.url(), "eventTypes", List.of("suggestion.assigned")))
              .post("/api/v1/webhook-subscriptions")
              .then()
              .statusCode(201)
              .extract();
      receiver.secret = created.path("secret");
      List<String> items = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        items.add(
            DepartmentSystemIT.assignedToEdu(
                Users.deputy(DEPUTIES[i % DEPUTIES.length]), "故障演练 " + RUN + "-hook #" + i));
      }
      boolean all =
          Poll.until(
              CONVERGENCE,
              () ->
                  items.stream().allMatch(i -> receiver.of(i, "suggestion.assigned").isPresent()));
      System.out.printf(
          "[faults] webhooks: %d refused with 500 while failing, %d accepted deliveries, %d bad"
              + " signatures%n",
          refused.get(), receiver.deliveriesById.size(), receiver.badSignatures.size());
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(refused.get()).as("attempts refused while the receiver failed").isPositive();
      soft.assertThat(all).as("every assignment's webhook arrived").isTrue();
      soft.assertThat(receiver.badSignatures).as("bad signatures").isEmpty();
      soft.assertThat(receiver.deliveriesById.values())
          .as("each webhook-id accepted once")
          .allSatisfy(n -> assertThat(n).isEqualTo(1));
      soft.assertAll();
    } finally {
      receiver.stop();
    }
  }

  /**
   * Every committed submission of the load: one inbox entry for staff and one invitation mail to
   * the invited deputy, no more.
   */
  private static void verifyToldOnce(String name, String marker) {
    Map<String, String> submitted = submitted(marker);
    Map<String, Integer> entries = new HashMap<>();
    Map<String, Integer> mails = new HashMap<>();
    long start = System.nanoTime();
    Poll.until(
        CONVERGENCE,
        () -> {
          entries.clear();
          entries.putAll(staffEntries(submitted.keySet()));
          mails.clear();
          mails.putAll(invitationMails(marker, submitted));
          boolean done =
              submitted.keySet().stream()
                  .allMatch(id -> entries.containsKey(id) && mails.containsKey(id));
          if (!done) {
            pause(2_000);
          }
          return done;
        });
    long missingEntries =
        submitted.keySet().stream().filter(id -> !entries.containsKey(id)).count();
    long doubledEntries = entries.values().stream().filter(n -> n > 1).count();
    long missingMails = submitted.keySet().stream().filter(id -> !mails.containsKey(id)).count();
    long doubledMails = mails.values().stream().filter(n -> n > 1).count();
    System.out.printf(
        "[faults] notifications %s: %d submissions, inbox entries missing %d doubled %d, invitation mails"
            + " missing %d doubled %d, converged in %d ms%n",
        name,
        submitted.size(),
        missingEntries,
        doubledEntries,
        missingMails,
        doubledMails,
        (System.nanoTime() - start) / 1_000_000);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(submitted).as("submissions during the scenario").isNotEmpty();
    soft.assertThat(missingEntries).as("inbox entries missing").isZero();
    soft.assertThat(doubledEntries).as("inbox entries doubled").isZero();
    soft.assertThat(missingMails).as("mails missing").isZero();
    soft.assertThat(doubledMails).as("mails doubled").isZero();
    soft.assertAll();
  }

  /** The load's items that were submitted (id → title), as staff find them. */
  private static Map<String, String> submitted(String marker) {
    Map<String, String> items = new LinkedHashMap<>();
    String token = null;
    do {
      var spec = Gateway.as(STAFF).queryParam("q", marker).queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/suggestions").then().statusCode(200).extract();
      List<Map<String, Object>> rows = page.path("items");
      rows.stream()
          .filter(r -> !"DRAFT".equals(r.get("state")))
          .forEach(r -> items.put((String) r.get("id"), (String) r.get("title")));
      token = page.path("nextPageToken");
    } while (token != null);
    return items;
  }

  /** Staff's SUGGESTION_SUBMITTED inbox entries per item. */
  private static Map<String, Integer> staffEntries(Set<String> items) {
    Map<String, Integer> counts = new HashMap<>();
    for (String item : items) {
      List<Map<String, Object>> rows =
          Gateway.as(STAFF)
              .queryParam("itemId", item)
              .queryParam("limit", 100)
              .get("/api/v1/notifications")
              .then()
              .statusCode(200)
              .extract()
              .path("items");
      long n = rows.stream().filter(r -> "SUGGESTION_SUBMITTED".equals(r.get("kind"))).count();
      if (n > 0) {
        counts.put(item, (int) n);
      }
    }
    return counts;
  }

  /**
   * The invited deputy's mails per item, matched by the item's unique title at the end of the
   * subject, counted by Message-ID: the dispatcher gives each message a Message-ID of its own row,
   * so a resend after a crash between the SMTP server's acceptance and the commit is the same mail
   * to the reader's client (ADR 015); two different Message-IDs for one item would be a second
   * mail.
   */
  private static Map<String, Integer> invitationMails(
      String marker, Map<String, String> submitted) {
    List<Mailbox.Received> received =
        Mailbox.withSubject(Users.deputy(INVITED) + "@example.org", marker);
    Map<String, Integer> counts = new HashMap<>();
    submitted.forEach(
        (id, title) -> {
          List<Mailbox.Received> of =
              received.stream().filter(m -> m.subject().endsWith(title)).toList();
          Set<String> ids =
              of.stream().map(Mailbox.Received::messageId).collect(Collectors.toSet());
          if (of.size() > ids.size()) {
            System.out.printf("[faults] %s: %d copies of one Message-ID%n", title, of.size());
          }
          if (!ids.isEmpty()) {
            counts.put(id, ids.size());
          }
        });
    return counts;
  }

  private static void hold(Duration d) {
    pause(d.toMillis());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
