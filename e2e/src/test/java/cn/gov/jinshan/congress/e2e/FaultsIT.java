package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault scenarios (`make faults`): with write load running through the gateway, (a) the Kafka
 * broker stops for 30 s and starts again, (b) the suggestions service (writer, outbox relay) and
 * the deputies service (consumer) are killed with SIGKILL and started again, (c) PostgreSQL stops
 * and starts again (while the deputies consumer has a backlog). After each: no acknowledged write
 * lost, every committed submission has exactly one SuggestionSubmitted in the audit ledger and
 * exactly one activity on the deputy's record (the consumer's effect), nothing for drafts never
 * submitted, the audit chain verifies over the range, the only errors were problem+json 503
 * (502/504 from the gateway while a service was dead), no 500, no hang, and the platform recovered
 * by itself. The counts are printed per scenario.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {
  private static final String SUBMITTED = EventTypes.typeOf(SuggestionSubmitted.class);
  private static final int[] DEPUTIES = {22, 23, 24};
  private static final Duration WARM = Duration.ofSeconds(env("FAULTS_WARM_SECONDS", 8));
  private static final Duration KAFKA_DOWN =
      Duration.ofSeconds(env("FAULTS_KAFKA_DOWN_SECONDS", 30));
  private static final Duration POSTGRES_DOWN =
      Duration.ofSeconds(env("FAULTS_POSTGRES_DOWN_SECONDS", 15));
  private static final Duration CONSUMER_BACKLOG = Duration.ofSeconds(5);
  private static final Duration AFTER = Duration.ofSeconds(env("FAULTS_AFTER_SECONDS", 8));
  private static final Duration RECOVERY = Duration.ofSeconds(90);
  private static final Duration CONVERGENCE = Duration.ofSeconds(120);
  private static final String RUN = "FT" + Long.toString(System.currentTimeMillis(), 36);
  private static final List<String> REPORT = new ArrayList<>();

  @BeforeAll
  static void ready() {
    DevDeputies.ensureReady();
  }

  @AfterAll
  static void summary() {
    System.out.println();
    System.out.println("==== fault scenarios (run " + RUN + ") ====");
    REPORT.forEach(System.out::println);
  }

  @Test
  @Order(1)
  void shouldLoseAndDuplicateNothingWhenKafkaStopsFor30Seconds() {
    scenario(
        "kafka-stop-30s",
        () -> {
          Faults.kafka("stop");
          hold(KAFKA_DOWN);
        },
        () -> Faults.kafka("start"));
  }

  @Test
  @Order(2)
  void shouldLoseAndDuplicateNothingWhenServicesAreKilled() {
    scenario(
        "kill-9-suggestions-deputies",
        () -> Faults.services("kill", "suggestions", "deputies"),
        () -> Faults.services("start", "suggestions", "deputies"));
  }

  @Test
  @Order(3)
  void shouldLoseAndDuplicateNothingWhenPostgresRestarts() {
    // The deputies service is held (SIGSTOP) for a few seconds first, so that its consumer has a
    // backlog of SuggestionSubmitted to apply while the database is down.
    scenario(
        "postgres-restart",
        () -> {
          Faults.services("pause", "deputies");
          try {
            hold(CONSUMER_BACKLOG);
            Faults.postgres("stop");
          } finally {
            Faults.services("resume", "deputies");
          }
          hold(POSTGRES_DOWN);
        },
        () -> Faults.postgres("start"));
  }

  private void scenario(String name, Runnable inject, Runnable heal) {
    Instant started = Instant.now();
    Load load = new Load(RUN + "-" + name.substring(0, name.indexOf('-')), DEPUTIES);
    load.start();
    boolean healed = false;
    long recoveryMillis = -1;
    try {
      hold(WARM);
      load.phase("fault");
      long faultAt = System.currentTimeMillis();
      try {
        inject.run();
      } finally {
        heal.run();
        healed = true;
      }
      long healedAt = System.currentTimeMillis();
      load.phase("recovery");
      boolean recovered =
          cn.gov.jinshan.congress.testing.Poll.until(
              RECOVERY, () -> load.lastSubmitAcknowledgedAt() > healedAt);
      recoveryMillis = recovered ? load.lastSubmitAcknowledgedAt() - healedAt : -1;
      load.phase("after");
      hold(AFTER);
      System.out.printf(
          "[faults] %s: fault %d ms, writes acknowledged again %d ms after healing%n",
          name, healedAt - faultAt, recoveryMillis);
    } finally {
      load.stop();
      if (!healed) {
        heal.run();
      }
    }
    verify(name, started, load, recoveryMillis);
  }

  private void verify(String name, Instant started, Load load, long recoveryMillis) {
    List<Load.Item> acknowledged = load.items();
    // Everything the platform holds for this scenario's marker, acknowledged or not.
    Map<String, Map<String, Object>> stored = stored(load.marker());
    Set<String> submitted = new HashSet<>();
    stored.forEach(
        (id, s) -> {
          if (!"DRAFT".equals(s.get("state"))) {
            submitted.add(id);
          }
        });
    int lostCreates = 0;
    int lostSubmits = 0;
    int submitAcks = 0;
    for (Load.Item item : acknowledged) {
      Map<String, Object> s = stored.get(item.id);
      if (s == null) {
        lostCreates++;
        continue;
      }
      if (item.submitAcknowledged) {
        submitAcks++;
        if (!submitted.contains(item.id)) {
          lostSubmits++;
        }
      }
    }
    // The audit ledger and the consumer converge: poll until every submission shows, then count.
    Instant from = started.minusSeconds(60);
    Map<String, List<Map<String, Object>>> events = new HashMap<>();
    Map<String, List<Map<String, Object>>> effects = new HashMap<>();
    long convergeStart = System.nanoTime();
    cn.gov.jinshan.congress.testing.Poll.until(
        CONVERGENCE,
        () -> {
          events.clear();
          events.putAll(ledger(from));
          effects.clear();
          effects.putAll(activities(stored));
          boolean done =
              submitted.stream().allMatch(id -> events.containsKey(id) && effects.containsKey(id));
          if (!done) {
            pause(1_000);
          }
          return done;
        });
    long convergeMillis = (System.nanoTime() - convergeStart) / 1_000_000;
    int missingEvents = 0;
    int duplicateEvents = 0;
    int missingEffects = 0;
    int duplicateEffects = 0;
    int mismatchedEffects = 0;
    int eventsWithoutCommit = 0;
    List<Map<String, Object>> ledgerEntries = new ArrayList<>();
    for (String id : stored.keySet()) {
      List<Map<String, Object>> e = events.getOrDefault(id, List.of());
      List<Map<String, Object>> a = effects.getOrDefault(id, List.of());
      ledgerEntries.addAll(e);
      if (submitted.contains(id)) {
        missingEvents += e.isEmpty() ? 1 : 0;
        duplicateEvents += Math.max(0, e.size() - 1);
        missingEffects += a.isEmpty() ? 1 : 0;
        duplicateEffects += Math.max(0, a.size() - 1);
        if (e.size() == 1 && a.size() == 1) {
          mismatchedEffects +=
              e.get(0).get("eventId").equals(a.get(0).get("sourceEventId")) ? 0 : 1;
        }
      } else {
        eventsWithoutCommit += e.size() + a.size();
      }
    }
    String chain = ledgerEntries.isEmpty() ? "no entries" : verifyChain(ledgerEntries);
    long retriedConfirmed = acknowledged.stream().filter(i -> i.submitConfirmedByRetry).count();
    List<String> violations = load.violations();

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("acknowledged creates", acknowledged.size());
    figures.put("acknowledged submits", submitAcks);
    figures.put("submits confirmed by a retry (409/412)", retriedConfirmed);
    figures.put("unacknowledged creates", load.unacknowledgedCreates());
    figures.put("stored items", stored.size());
    figures.put("committed submissions", submitted.size());
    figures.put("lost acknowledged writes", lostCreates + lostSubmits);
    figures.put("ledger events missing", missingEvents);
    figures.put("ledger events duplicated", duplicateEvents);
    figures.put("consumer effects missing", missingEffects);
    figures.put("consumer effects duplicated", duplicateEffects);
    figures.put("effects not matching the ledger event id", mismatchedEffects);
    figures.put("events/effects for uncommitted items", eventsWithoutCommit);
    figures.put("chain", chain);
    figures.put("writes acknowledged again after healing (ms)", recoveryMillis);
    figures.put("ledger and consumer converged after (ms)", convergeMillis);
    figures.put("statuses", load.statuses());
    figures.put("slowest response per phase (ms)", load.slowest());
    figures.put("violations", violations.size());
    StringBuilder report = new StringBuilder("-- " + name + "\n");
    figures.forEach((k, v) -> report.append(String.format("   %-45s %s%n", k, v)));
    violations.stream()
        .limit(10)
        .forEach(v -> report.append("   violation: ").append(v).append('\n'));
    REPORT.add(report.toString());
    System.out.println(report);

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(acknowledged).as("some writes were acknowledged").isNotEmpty();
    softly.assertThat(lostCreates + lostSubmits).as("lost acknowledged writes").isZero();
    softly.assertThat(missingEvents).as("committed submissions without a ledger event").isZero();
    softly.assertThat(duplicateEvents).as("duplicated ledger events").isZero();
    softly.assertThat(missingEffects).as("committed submissions without an activity").isZero();
    softly.assertThat(duplicateEffects).as("duplicated activities").isZero();
    softly.assertThat(mismatchedEffects).as("activities of another event").isZero();
    softly.assertThat(eventsWithoutCommit).as("events for drafts never submitted").isZero();
    softly.assertThat(chain).as("chain verification").startsWith("OK");
    softly.assertThat(recoveryMillis).as("recovered by itself").isNotNegative();
    softly.assertThat(violations).as("500s, errors without problem+json, hangs").isEmpty();
    softly.assertAll();
  }

  /** Every item whose title carries the marker, by id (staff1 sees the whole congress). */
  private static Map<String, Map<String, Object>> stored(String marker) {
    Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    String token = null;
    do {
      var spec = Gateway.as("staff1").queryParam("q", marker).queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/suggestions").then().statusCode(200).extract();
      List<Map<String, Object>> rows = page.path("items");
      rows.forEach(r -> items.put((String) r.get("id"), r));
      token = page.path("nextPageToken");
    } while (token != null);
    return items;
  }

  /** SuggestionSubmitted entries of the ledger since {@code from}, by subject. */
  private static Map<String, List<Map<String, Object>>> ledger(Instant from) {
    Map<String, List<Map<String, Object>>> bySubject = new HashMap<>();
    String token = null;
    do {
      var spec =
          Gateway.as("auditor1")
              .queryParam("type", SUBMITTED)
              .queryParam("from", from.toString())
              .queryParam("order", "asc")
              .queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/audit/events").then().statusCode(200).extract();
      List<Map<String, Object>> rows = page.path("items");
      rows.forEach(
          r -> bySubject.computeIfAbsent((String) r.get("subject"), k -> new ArrayList<>()).add(r));
      token = page.path("nextPageToken");
    } while (token != null);
    return bySubject;
  }

  /**
   * SUGGESTION_SUBMITTED activities on the load deputies' records whose title is one of the stored
   * items', by item id (titles are unique per item).
   */
  private static Map<String, List<Map<String, Object>>> activities(
      Map<String, Map<String, Object>> stored) {
    Map<String, String> idByTitle = new HashMap<>();
    stored.forEach((id, s) -> idByTitle.put((String) s.get("title"), id));
    LocalDate since = LocalDate.now(Performance.CHINA).minusDays(1);
    Map<String, List<Map<String, Object>>> byItem = new HashMap<>();
    for (int n : DEPUTIES) {
      String token = null;
      boolean older = false;
      do {
        var spec = Gateway.as("staff1").queryParam("limit", 100);
        if (token != null) {
          spec.queryParam("pageToken", token);
        }
        ExtractableResponse<Response> page =
            spec.get("/api/v1/deputies/{id}/activities", DevDeputies.id(n))
                .then()
                .statusCode(200)
                .extract();
        List<Map<String, Object>> rows = page.path("items");
        for (Map<String, Object> r : rows) {
          if (LocalDate.parse((String) r.get("occurredOn")).isBefore(since)) {
            older = true;
          }
          String id = idByTitle.get((String) r.get("title"));
          if (id != null && "SUGGESTION_SUBMITTED".equals(r.get("kind"))) {
            byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
          }
        }
        token = page.path("nextPageToken");
      } while (token != null && !older);
    }
    return byItem;
  }

  private static String verifyChain(List<Map<String, Object>> entries) {
    long from =
        entries.stream().mapToLong(e -> ((Number) e.get("seq")).longValue()).min().orElseThrow();
    long to =
        entries.stream().mapToLong(e -> ((Number) e.get("seq")).longValue()).max().orElseThrow();
    Map<String, Object> report =
        Gateway.as("auditor1")
            .queryParam("from", from)
            .queryParam("to", to)
            .get("/api/v1/audit/verification")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(((Number) report.get("checked")).longValue()).isGreaterThanOrEqualTo(to - from + 1);
    return String.valueOf(report.get("status")) + " (seq " + from + ".." + to + ")";
  }

  private static void hold(Duration d) {
    pause(d.toMillis());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int env(String name, int fallback) {
    return Integer.parseInt(System.getenv().getOrDefault(name, String.valueOf(fallback)));
  }
}
