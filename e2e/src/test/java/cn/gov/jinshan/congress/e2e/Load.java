package cn.gov.jinshan.congress.e2e;

import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady write load through the gateway for the fault scenarios: each worker is one dev deputy who
 * writes a draft suggestion (Idempotency-Key) and submits it (If-Match), over and over; with {@link
 * #inviting} each draft first invites one co-signer. A submit that is not acknowledged is retried
 * by the same worker later with the same ETag (a 409/412 then shows that the first attempt had
 * committed). A draft whose invitation is not acknowledged stays a draft (never submitted).
 *
 * <p>Records every acknowledged write and every response per phase; a response is acceptable when
 * it is a 2xx, or a problem+json 503 (a service whose dependency is down) or 502/504 (the gateway
 * in front of a dead service); anything else (500, an error without problem+json, a client timeout,
 * a broken connection) is a violation.
 */
final class Load {
  /** One suggestion written by the load. */
  static final class Item {
    final String id;
    final String title;
    final int deputy;
    volatile boolean submitAcknowledged;
    volatile boolean submitConfirmedByRetry;

    Item(String id, String title, int deputy) {
      this.id = id;
      this.title = title;
      this.deputy = deputy;
    }
  }

  private final String marker;
  private final int[] deputies;
  private final Map<String, Item> items = new ConcurrentHashMap<>();
  private final Map<String, Map<String, AtomicInteger>> statuses = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger unacknowledgedCreates = new AtomicInteger();
  private final AtomicLong lastSubmitAcknowledgedAt = new AtomicLong();
  private volatile String phase = "before";

  /** The dev deputy each draft invites to co-sign before it is submitted; 0 for none. */
  private volatile int coSigner;

  private volatile boolean running;
  private final List<Thread> workers = new ArrayList<>();

  Load(String marker, int... deputies) {
    this.marker = marker;
    this.deputies = deputies;
  }

  /**
   * Each draft invites dev deputy {@code deputy} to co-sign before it is submitted: every submitted
   * item has told that deputy once (CO_SIGNING_INVITED, a mail of its own).
   */
  Load inviting(int deputy) {
    coSigner = deputy;
    return this;
  }

  /** The text every title of this load contains (searchable with q=). */
  String marker() {
    return marker;
  }

  void start() {
    running = true;
    for (int deputy : deputies) {
      Thread t = new Thread(() -> work(deputy), "load-deputy" + deputy);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
  }

  void phase(String name) {
    phase = name;
  }

  void stop() {
    running = false;
    for (Thread t : workers) {
      try {
        t.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Wall-clock millis of the last acknowledged submit. */
  long lastSubmitAcknowledgedAt() {
    return lastSubmitAcknowledgedAt.get();
  }

  List<Item> items() {
    return new ArrayList<>(items.values());
  }

  List<String> violations() {
    synchronized (violations) {
      return new ArrayList<>(violations);
    }
  }

  int unacknowledgedCreates() {
    return unacknowledgedCreates.get();
  }

  /** Status counts per phase, in the order the phases ran, e.g. {fault={201=3, 503=12}}. */
  Map<String, Map<String, Integer>> statuses() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String p : List.of("before", "fault", "recovery", "after")) {
      Map<String, AtomicInteger> counts = statuses.get(p);
      if (counts != null) {
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.get()));
        out.put(p, sorted);
      }
    }
    return out;
  }

  /** Slowest response per phase, in milliseconds. */
  Map<String, Long> slowest() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String p : List.of("before", "fault", "recovery", "after")) {
      AtomicLong v = slowest.get(p);
      if (v != null) {
        out.put(p, v.get());
      }
    }
    return out;
  }

  private void work(int deputy) {
    String user = Users.deputy(deputy);
    Deque<String[]> pendingSubmits = new ArrayDeque<>();
    int n = 0;
    while (running) {
      if (!pendingSubmits.isEmpty()) {
        String[] pending = pendingSubmits.pollFirst();
        Item item = items.get(pending[0]);
        Response r = call("submit-retry", () -> submit(user, pending[0], pending[1]));
        if (r != null && r.statusCode() == 200) {
          acknowledgeSubmit(item);
        } else if (r != null && (r.statusCode() == 409 || r.statusCode() == 412)) {
          // The first attempt had committed: the ETag moved on / the state is no longer DRAFT.
          item.submitConfirmedByRetry = true;
        } else {
          pendingSubmits.addLast(pending);
          pause(300);
          continue;
        }
      }
      n++;
      String title = "故障演练 " + marker + " d" + deputy + " #" + n;
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("kind", "SUGGESTION");
      body.put("title", title);
      body.put("content", "故障演练负载：" + title);
      body.put("category", "EDUCATION");
      String key = UUID.randomUUID().toString();
      Response created =
          call(
              "create",
              () ->
                  Gateway.as(user)
                      .header("Idempotency-Key", key)
                      .body(body)
                      .post("/api/v1/suggestions"));
      if (created == null || created.statusCode() != 201) {
        unacknowledgedCreates.incrementAndGet();
        pause(300);
        continue;
      }
      String id = created.path("id");
      Item item = new Item(id, title, deputy);
      items.put(id, item);
      String etag = created.header("ETag");
      if (coSigner != 0) {
        etag = invite(user, id);
        if (etag == null) {
          pause(300);
          continue;
        }
      }
      String submitEtag = etag;
      Response submitted = call("submit", () -> submit(user, id, submitEtag));
      if (submitted != null && submitted.statusCode() == 200) {
        acknowledgeSubmit(item);
      } else {
        pendingSubmits.addLast(new String[] {id, submitEtag});
        pause(300);
      }
      pause(50);
    }
  }

  private void acknowledgeSubmit(Item item) {
    item.submitAcknowledged = true;
    lastSubmitAcknowledgedAt.set(System.currentTimeMillis());
  }

  /**
   * Invites the co-signer to the draft; the draft's ETag afterwards (read again: the invitation
   * changed the item), or null when either call was not acknowledged.
   */
  private String invite(String user, String id) {
    Map<String, Object> body = Map.of("deputyIds", List.of(DevDeputies.id(coSigner).toString()));
    Response invited =
        call(
            "invite",
            () -> Gateway.as(user).body(body).post("/api/v1/suggestions/{id}/co-signers", id));
    if (invited == null || invited.statusCode() != 200) {
      return null;
    }
    Response read = call("read", () -> Gateway.as(user).get("/api/v1/suggestions/{id}", id));
    return read == null || read.statusCode() != 200 ? null : read.header("ETag");
  }

  private static Response submit(String user, String id, String etag) {
    return Gateway.as(user).header("If-Match", etag).post("/api/v1/suggestions/{id}/submit", id);
  }

  /** Runs one request, records its outcome; null when it failed without a response. */
  private Response call(String what, java.util.function.Supplier<Response> request) {
    String p = phase;
    long start = System.nanoTime();
    Response r;
    try {
      r = request.get();
    } catch (RuntimeException e) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      record(p, "no-response", ms);
      violations.add(p + " " + what + ": no response after " + ms + " ms: " + e);
      return null;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    int status = r.statusCode();
    boolean problem = Problems.isProblem(r);
    record(p, status + (status >= 400 && !problem ? " (not problem+json)" : ""), ms);
    boolean acceptable =
        (status >= 200 && status < 300)
            || (problem && (status == 502 || status == 503 || status == 504))
            || (problem && what.equals("submit-retry") && (status == 409 || status == 412));
    if (!acceptable) {
      String body = r.asString();
      violations.add(
          p
              + " "
              + what
              + ": "
              + status
              + " "
              + r.getContentType()
              + " "
              + body.substring(0, Math.min(300, body.length())));
    }
    return r;
  }

  private void record(String p, String label, long ms) {
    statuses
        .computeIfAbsent(p, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(label, k -> new AtomicInteger())
        .incrementAndGet();
    slowest.computeIfAbsent(p, k -> new AtomicLong()).accumulateAndGet(ms, Math::max);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
