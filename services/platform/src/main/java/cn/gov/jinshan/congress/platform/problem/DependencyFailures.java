package cn.gov.jinshan.congress.platform.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/** Tells a dependency that is unreachable for a moment (the database) from a bug. */
public final class DependencyFailures {
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
  // Causes and suppressed exceptions looked at, at most: enough for any real chain, and a bound.
  private static final int MAX_EXAMINED = 64;

  private DependencyFailures() {}

  /**
   * Whether the failure means the database cannot be reached right now: a lost or refused
   * connection (Hibernate's JDBCConnectionException, SQLState class 08, a connection exception of
   * the JDBC driver or the socket), the server shutting down or starting up (57P01, 57P02, 57P03),
   * or the connection pool's acquisition timeout. Suppressed exceptions count as well as causes: a
   * commit that fails on a terminated connection is a RollbackException that carries the driver's
   * error only as a suppressed XAException (found by FaultsIT in CI).
   */
  public static boolean unavailable(Throwable e) {
    Deque<Throwable> pending = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.add(e);
    while (!pending.isEmpty() && seen.size() < MAX_EXAMINED) {
      Throwable t = pending.poll();
      if (t == null || !seen.add(t)) {
        continue;
      }
      if (isUnavailable(t)) {
        return true;
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(Arrays.asList(t.getSuppressed()));
    }
    return false;
  }

  private static boolean isUnavailable(Throwable t) {
    if (t instanceof org.hibernate.exception.JDBCConnectionException
        || t instanceof java.sql.SQLTransientConnectionException
        || t instanceof java.sql.SQLNonTransientConnectionException
        || t instanceof java.net.ConnectException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
        return true;
      }
      String message = sql.getMessage();
      return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
    return false;
  }
}
