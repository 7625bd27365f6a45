package cn.gov.jinshan.congress.platform.problem;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** Tells a dependency that is unreachable for a moment (the database) from a bug. */
public final class DependencyFailures {
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

  private DependencyFailures() {}

  /**
   * Whether the failure means the database cannot be reached right now: a lost or refused
   * connection (Hibernate's JDBCConnectionException, SQLState class 08, a connection exception of
   * the JDBC driver or the socket), the server shutting down or starting up (57P01, 57P02, 57P03),
   * or the connection pool's acquisition timeout.
   */
  public static boolean unavailable(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
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
        if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
          return true;
        }
      }
    }
    return false;
  }
}
