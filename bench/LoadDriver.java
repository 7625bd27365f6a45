import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of {@code make bench} for what wrk cannot do (distinct POST bodies, exact
 * counts, two-step create + submit). {@code bench.py} compiles it once per bench and runs it
 * lean (C1 only, serial GC); by hand the JDK's single-file source launch works too:
 *
 * <pre>
 * java bench/LoadDriver.java each URL TOKEN|@TOKENFILE IDFILE CONCURRENCY BODY  # one POST per id, %s = id
 * java bench/LoadDriver.java ballots URL TOKEN|@TOKENFILE CANDIDATES COUNT CONCURRENCY
 * java bench/LoadDriver.java suggestions BASE TOKENFILE SECONDS CONCURRENCY [PAIRS_PER_SECOND]
 * </pre>
 *
 * Every mode prints one line of JSON on stdout (counts, elapsed seconds, latency percentiles in
 * ms). With PAIRS_PER_SECOND the suggestion load is an open model: arrivals on a fixed schedule,
 * latency measured from the scheduled start (no coordinated omission); without it, a closed model
 * of CONCURRENCY workers. With {@code @TOKENFILE} (one token per line) request i is sent with token
 * i: each deputy checks in or casts their own; with one staff token, staff check the deputies in
 * or enter paper ballots.
 */
public class LoadDriver {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final String[] CHOICES = {"FOR", "AGAINST", "ABSTAIN"};

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "each" -> each(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]), args[5]);
      case "ballots" ->
          ballots(
              args[1],
              args[2],
              args[3].split(","),
              Integer.parseInt(args[4]),
              Integer.parseInt(args[5]));
      case "suggestions" ->
          suggestions(
              args[1],
              Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList(),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              args.length > 5 ? Double.parseDouble(args[5]) : 0);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    System.exit(0);
  }

  /** One POST per id in the file, the body with %s replaced by the id. */
  static void each(String url, String token, Path ids, int concurrency, String body)
      throws Exception {
    List<String> all = Files.readAllLines(ids).stream().filter(l -> !l.isBlank()).toList();
    List<String> tokens = tokens(token, all.size());
    Stats stats = new Stats();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    runWorkers(
        concurrency,
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < all.size()) {
            String id = all.get(i);
            String as = tokens.get(tokens.size() == 1 ? 0 : i);
            stats.record(post(url.replace("%s", id), as, body.replace("%s", id), null));
          }
        });
    System.out.println(stats.json(elapsed(start), ""));
  }

  /** One token, or with {@code @TOKENFILE} one per request (request i is sent with token i). */
  static List<String> tokens(String token, int requests) throws Exception {
    if (!token.startsWith("@")) {
      return List.of(token);
    }
    List<String> tokens =
        Files.readAllLines(Path.of(token.substring(1))).stream()
            .filter(l -> !l.isBlank())
            .toList();
    if (tokens.size() < requests) {
      throw new IllegalArgumentException(tokens.size() + " tokens for " + requests + " requests");
    }
    return tokens;
  }

  /**
   * COUNT ballots (staff's paper ballots, or any ballot the token may cast) over the candidates,
   * with a deterministic pattern of marks (at most one FOR per ballot, so never over the limit),
   * and the tally of what was sent, to compare with the official one.
   */
  static void ballots(String url, String token, String[] candidates, int count, int concurrency)
      throws Exception {
    List<String> tokens = tokens(token, count);
    Stats stats = new Stats();
    AtomicInteger next = new AtomicInteger();
    Map<String, AtomicLongArray> sent = new TreeMap<>();
    for (String c : candidates) {
      sent.put(c, new AtomicLongArray(3));
    }
    long start = System.nanoTime();
    runWorkers(
        concurrency,
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < count) {
            int[] marks = marksOf(i, candidates.length);
            StringBuilder b = new StringBuilder("{\"choices\":[");
            for (int c = 0; c < candidates.length; c++) {
              b.append(c == 0 ? "" : ",")
                  .append("{\"candidateId\":\"")
                  .append(candidates[c])
                  .append("\",\"choice\":\"")
                  .append(CHOICES[marks[c]])
                  .append("\"}");
            }
            Result r = post(url, tokens.get(tokens.size() > 1 ? i : 0), b.append("]}").toString(), null);
            int status = r.status;
            stats.record(r);
            if (status == 201) {
              for (int c = 0; c < candidates.length; c++) {
                sent.get(candidates[c]).incrementAndGet(marks[c]);
              }
            }
          }
        });
    double seconds = elapsed(start);
    StringBuilder tally = new StringBuilder(",\"sent\":{");
    boolean first = true;
    for (var e : sent.entrySet()) {
      AtomicLongArray a = e.getValue();
      tally
          .append(first ? "" : ",")
          .append('"')
          .append(e.getKey())
          .append("\":[")
          .append(a.get(0))
          .append(',')
          .append(a.get(1))
          .append(',')
          .append(a.get(2))
          .append(']');
      first = false;
    }
    System.out.println(stats.json(seconds, tally.append('}').toString()));
  }

  /** Ballot i: FOR on candidate (i mod 7 < 4 ? i mod c : none), the others AGAINST or ABSTAIN. */
  static int[] marksOf(int i, int candidates) {
    int[] m = new int[candidates];
    int forCandidate = (i % 7) < 5 ? (i * 31 % 97) % candidates : -1;
    for (int c = 0; c < candidates; c++) {
      m[c] = c == forCandidate ? 0 : ((i + c) % 3 == 0 ? 2 : 1);
    }
    return m;
  }

  /** Create a draft and submit it, as fast as CONCURRENCY workers go or at a fixed rate. */
  static void suggestions(
      String base, List<String> tokens, int seconds, int concurrency, double pairsPerSecond)
      throws Exception {
    Stats create = new Stats();
    Stats submit = new Stats();
    Stats pair = new Stats();
    AtomicLong counter = new AtomicLong();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    Runnable one =
        () -> {
          long n = counter.getAndIncrement();
          long scheduled =
              pairsPerSecond > 0 ? start + (long) (n * 1e9 / pairsPerSecond) : System.nanoTime();
          String token = tokens.get((int) (n % tokens.size()));
          String body =
              "{\"kind\":\"SUGGESTION\",\"title\":\"关于加强朱泾镇老旧小区停车管理的建议 "
                  + n
                  + "\",\"content\":\"近年来小区机动车数量快速增长，停车位严重不足，占用消防通道现象突出。建议统筹规划，增设立体停车设施。\","
                  + "\"category\":\"URBAN_CONSTRUCTION\"}";
          Result c = post(base + "/api/v1/suggestions", token, body, null);
          create.record(c);
          if (c.status != 201 || c.id == null) {
            pair.record(new Result(c.status, System.nanoTime() - scheduled));
            return;
          }
          Result s = post(base + "/api/v1/suggestions/" + c.id + "/submit", token, null, null);
          submit.record(s);
          pair.record(new Result(s.status == 200 ? 201 : s.status, System.nanoTime() - scheduled));
        };
    if (pairsPerSecond <= 0) {
      runWorkers(
          concurrency,
          () -> {
            while (System.nanoTime() < end) {
              one.run();
            }
          });
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
      long total = (long) (pairsPerSecond * seconds);
      long periodNanos = (long) (1e9 / pairsPerSecond);
      AtomicLong issued = new AtomicLong();
      clock.scheduleAtFixedRate(
          () -> {
            if (issued.getAndIncrement() < total) {
              pool.execute(one);
            }
          },
          0,
          periodNanos,
          TimeUnit.NANOSECONDS);
      while (issued.get() < total) {
        Thread.sleep(50);
      }
      clock.shutdownNow();
      pool.shutdown();
      pool.awaitTermination(120, TimeUnit.SECONDS);
    }
    double elapsed = elapsed(start);
    System.out.println(
        pair.json(
            elapsed,
            ",\"create\":" + create.json(elapsed, "") + ",\"submit\":" + submit.json(elapsed, "")));
  }

  // ---- plumbing ----------------------------------------------------------------------------

  record Result(int status, long nanos, String id) {
    Result(int status, long nanos) {
      this(status, nanos, null);
    }
  }

  static Result post(String url, String token, String body, String ifMatch) {
    long t0 = System.nanoTime();
    try {
      URI uri = URI.create(url);
      Response r = Connection.of(uri).post(uri, token, body, ifMatch);
      long nanos = System.nanoTime() - t0;
      String id = null;
      if (r.status() == 201) {
        Matcher m = ID.matcher(r.body());
        id = m.find() ? m.group(1) : null;
      } else if (r.status() >= 300 && ERRORS_SHOWN.getAndIncrement() < 3) {
        System.err.println("HTTP " + r.status() + " " + url + ": " + r.body());
      }
      return new Result(r.status(), nanos, id);
    } catch (IOException | RuntimeException e) {
      Connection.discard();
      if (ERRORS_SHOWN.getAndIncrement() < 3) {
        System.err.println(url + ": " + e);
      }
      return new Result(-1, System.nanoTime() - t0);
    }
  }

  record Response(int status, String body) {}

  /**
   * One keep-alive HTTP/1.1 connection per worker thread, blocking, with the request written in
   * one piece. The JDK's HttpClient costs several times more CPU per request (its selector thread
   * and executor hand-offs), and the driver shares the 2 cores with the services it measures. A
   * request that fails is not retried (a POST may have been applied); its connection is dropped.
   */
  static final class Connection {
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();
    private final String authority;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private Connection(String host, int port) throws IOException {
      this.authority = host + ":" + port;
      this.socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      this.out = socket.getOutputStream();
    }

    static Connection of(URI uri) throws IOException {
      Connection c = CURRENT.get();
      int port = uri.getPort() < 0 ? 80 : uri.getPort(); // plain http only, like the bench's URLs
      String authority = uri.getHost() + ":" + port;
      if (c == null || !c.authority.equals(authority)) {
        discard();
        c = new Connection(uri.getHost(), port);
        CURRENT.set(c);
      }
      return c;
    }

    static void discard() {
      Connection c = CURRENT.get();
      CURRENT.remove();
      if (c != null) {
        try {
          c.socket.close();
        } catch (IOException ignored) {
          // already broken; a new connection is opened for the next request
        }
      }
    }

    Response post(URI uri, String token, String body, String ifMatch) throws IOException {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head =
          new StringBuilder(512)
              .append("POST ")
              .append(uri.getRawPath())
              .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(authority)
              .append("\r\nAuthorization: Bearer ")
              .append(token)
              .append("\r\nAccept: application/json\r\nContent-Length: ")
              .append(content.length);
      if (body != null) {
        head.append("\r\nContent-Type: application/json");
      }
      if (ifMatch != null) {
        head.append("\r\nIf-Match: ").append(ifMatch);
      }
      byte[] headBytes = head.append("\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
      byte[] request = Arrays.copyOf(headBytes, headBytes.length + content.length);
      System.arraycopy(content, 0, request, headBytes.length, content.length);
      out.write(request);
      out.flush();
      return read();
    }

    private Response read() throws IOException {
      String statusLine = line();
      if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
        throw new IOException("bad status line: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      if (chunked) {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
          copy(size, content);
          line();
        }
        while (!line().isEmpty()) {
          // trailers, none expected
        }
      } else if (length >= 0) {
        copy(length, content);
      } else {
        close = true;
        in.transferTo(content);
      }
      if (close) {
        discard();
      }
      return new Response(status, content.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
      String size = line();
      int ext = size.indexOf(';');
      return Long.parseLong((ext < 0 ? size : size.substring(0, ext)).trim(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
      byte[] buffer = new byte[8192];
      while (n > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
        if (read < 0) {
          throw new EOFException("connection closed with " + n + " bytes of the body missing");
        }
        to.write(buffer, 0, read);
        n -= read;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder(64);
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new EOFException("connection closed by the server");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }
  }

  private static final AtomicInteger ERRORS_SHOWN = new AtomicInteger();

  static void runWorkers(int n, Runnable work) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(work);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  static double elapsed(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Status counts and latencies (ms) of one kind of request. */
  static class Stats {
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());

    void record(Result r) {
      statuses.computeIfAbsent(r.status, k -> new AtomicInteger()).incrementAndGet();
      if (r.nanos > 0) {
        nanos.add(r.nanos);
      }
    }

    String json(double seconds, String extra) {
      long[] sorted;
      synchronized (nanos) {
        sorted = nanos.stream().mapToLong(Long::longValue).toArray();
      }
      Arrays.sort(sorted);
      int ok = 0;
      int total = 0;
      StringBuilder codes = new StringBuilder("{");
      for (var e : new TreeMap<>(statuses).entrySet()) {
        total += e.getValue().get();
        if (e.getKey() >= 200 && e.getKey() < 300) {
          ok += e.getValue().get();
        }
        codes
            .append(codes.length() > 1 ? "," : "")
            .append('"')
            .append(e.getKey())
            .append("\":")
            .append(e.getValue().get());
      }
      return String.format(
          java.util.Locale.ROOT,
          "{\"total\":%d,\"ok\":%d,\"seconds\":%.3f,\"perSecond\":%.1f,\"p50\":%.2f,\"p99\":%.2f,"
              + "\"max\":%.2f,\"statuses\":%s",
          total,
          ok,
          seconds,
          ok / seconds,
          pct(sorted, 0.50),
          pct(sorted, 0.99),
          sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6,
          codes.append('}'))
          + extra
          + "}";
    }

    static double pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
  }
}
