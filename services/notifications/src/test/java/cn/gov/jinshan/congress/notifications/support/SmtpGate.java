package cn.gov.jinshan.congress.notifications.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/**
 * A gate in front of the stack's SMTP server: the service's mailer talks to the gate's port, which
 * passes every connection on to the real server; while a test has sent the server {@link #away()}
 * the port is closed (connections refused, as when the server is down). The state is a system
 * property, so that a test sees the same gate whatever class loader loaded this class.
 */
public class SmtpGate implements QuarkusTestResourceLifecycleManager {
  private static final String AWAY = "notifications.test.smtp-away";
  private static final long CHECK_MILLIS = 20;

  private volatile boolean stopped;
  private int port;
  private int target;

  /** From now on the SMTP server seems down (after the gate's next check, within 20 ms). */
  public static void away() {
    System.setProperty(AWAY, "true");
    pause();
  }

  /** The SMTP server is back. */
  public static void back() {
    System.clearProperty(AWAY);
    pause();
  }

  private static void pause() {
    try {
      Thread.sleep(CHECK_MILLIS * 3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Map<String, String> start() {
    target = Integer.parseInt(System.getenv().getOrDefault("MAIL_SMTP_PORT", "3025"));
    ServerSocket first = open(0);
    port = first.getLocalPort();
    Thread keeper = new Thread(() -> keep(first), "smtp-gate");
    keeper.setDaemon(true);
    keeper.start();
    // each send on a new connection, so that "away" takes effect at once
    return Map.of(
        "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.keep-alive", "false");
  }

  /** Opens and closes the port as the state says, and passes connections on while open. */
  private void keep(ServerSocket initial) {
    ServerSocket server = initial;
    while (!stopped) {
      boolean away = Boolean.getBoolean(AWAY);
      try {
        if (away && server != null) {
          server.close();
          server = null;
        } else if (!away && server == null) {
          server = open(port);
        }
        if (server == null) {
          Thread.sleep(CHECK_MILLIS);
          continue;
        }
        server.setSoTimeout((int) CHECK_MILLIS);
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (java.net.SocketTimeoutException e) {
        // time to look at the state again
      } catch (IOException e) {
        // one connection failed: the mailer sees a failure
      } catch (InterruptedException e) {
        return;
      }
    }
    closeQuietly(server);
  }

  private static ServerSocket open(int port) {
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("the SMTP gate cannot listen on port " + port, e);
    }
  }

  private static void pipe(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // the other side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "smtp-gate-pipe");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void stop() {
    System.clearProperty(AWAY);
    stopped = true;
  }
}
