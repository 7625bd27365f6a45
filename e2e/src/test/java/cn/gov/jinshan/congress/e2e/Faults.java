package cn.gov.jinshan.congress.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fault actions on the local stack through its own scripts (infra/local): stop and start Kafka or
 * PostgreSQL, SIGKILL a service and start it again. The scripts read the same port variables as the
 * services, so this acts on the stack the tests talk to.
 */
final class Faults {
  private static final Path ROOT = Path.of(System.getProperty("congress.root", ".."));

  private Faults() {}

  static void kafka(String action) {
    script("kafka.sh", action);
  }

  static void postgres(String action) {
    script("postgres.sh", action);
  }

  /** The SMTP server (GreenMail): stop or start. */
  static void mail(String action) {
    script("mail.sh", action);
  }

  /** services.sh start|kill|stop with the named services. */
  static void services(String action, String... services) {
    List<String> args = new ArrayList<>(List.of(action));
    args.addAll(List.of(services));
    script("services.sh", args.toArray(String[]::new));
  }

  private static void script(String name, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("infra/local").resolve(name).toString());
    command.addAll(List.of(args));
    long start = System.nanoTime();
    try {
      // Through this JVM's stdout (inheriting the descriptors would corrupt Failsafe's channel).
      Process p =
          new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
      Thread copy =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  out.lines().forEach(line -> System.out.println("[faults]   " + line));
                } catch (IOException e) {
                  // the process is gone
                }
              });
      copy.setDaemon(true);
      copy.start();
      if (!p.waitFor(240, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in 240 s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    System.out.printf(
        "[faults] %s %s took %d ms%n",
        name, String.join(" ", args), (System.nanoTime() - start) / 1_000_000);
  }
}
