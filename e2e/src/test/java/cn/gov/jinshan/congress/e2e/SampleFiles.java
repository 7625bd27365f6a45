package cn.gov.jinshan.congress.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the browser tests choose in a file input: small, but real to the service's type check. */
final class SampleFiles {
  private SampleFiles() {}

  /** A small real PDF (the service recognises files by their first bytes), as survey.pdf. */
  static Path pdf() throws IOException {
    Path dir = Path.of(System.getProperty("congress.root", ".."), "e2e", "target", "attachments");
    Files.createDirectories(dir);
    Path file = dir.resolve("survey.pdf");
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n"
            + "%%EOF\n";
    Files.writeString(file, pdf, StandardCharsets.US_ASCII);
    return file.toAbsolutePath().normalize();
  }
}
