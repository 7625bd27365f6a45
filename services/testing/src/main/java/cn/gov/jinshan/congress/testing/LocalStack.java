package cn.gov.jinshan.congress.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Drives the native local stack's scripts (infra/local) from fault tests: a process edge. */
public final class LocalStack {
  private LocalStack() {}

  /** Runs {@code infra/local/<part>.sh <action>} and fails if it does not succeed in time. */
  public static void run(String part, String action) {
    Path script = root().resolve("infra/local/" + part + ".sh");
    try {
      Process process =
          new ProcessBuilder(script.toString(), action)
              .redirectErrorStream(true)
              .inheritIO()
              .start();
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(script + " " + action + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("infra/local/env.sh"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "infra/local not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
