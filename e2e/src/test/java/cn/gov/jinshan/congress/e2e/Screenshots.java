package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * PNG screenshots under
 * e2e/target/screenshots/&lt;scenario&gt;/&lt;width&gt;/&lt;n&gt;-&lt;page&gt;.png. The sessions of
 * one scenario at one width share the numbering, so the files read in the order the people of the
 * scenario saw the pages.
 */
final class Screenshots {
  private static final Path ROOT =
      Path.of(System.getProperty("congress.root", ".."), "e2e", "target", "screenshots")
          .toAbsolutePath()
          .normalize();
  private static final Map<Path, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

  private Screenshots() {}

  /** Writes the PNG and checks that it shows something: not a single colour. */
  static Path write(String scenario, Viewport viewport, String page, byte[] png) {
    Path dir = folder(scenario, viewport);
    int n = COUNTERS.computeIfAbsent(dir, Screenshots::emptied).incrementAndGet();
    Path file = dir.resolve(String.format("%02d-%s.png", n, page));
    try {
      Files.createDirectories(dir);
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(colours(png))
        .as("distinct colours in %s (a blank page has one)", file)
        .isGreaterThan(1);
    return file;
  }

  static Path folder(String scenario, Viewport viewport) {
    return ROOT.resolve(scenario).resolve(Integer.toString(viewport.width));
  }

  /** A run starts the scenario's folder afresh: no stale picture from an earlier run remains. */
  private static AtomicInteger emptied(Path dir) {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new AtomicInteger();
  }

  /** How many distinct colours the image has, counting up to 2: enough to tell blank from not. */
  private static int colours(byte[] png) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(image).as("a PNG image").isNotNull();
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != first) {
          return 2;
        }
      }
    }
    return 1;
  }
}
