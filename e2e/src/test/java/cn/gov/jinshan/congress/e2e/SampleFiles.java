package cn.gov.jinshan.congress.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Files the browser tests choose in a file input, real to the service's type check: a small one,
 * and one of a given size for the upload limits.
 */
final class SampleFiles {
  private SampleFiles() {}

  /** A small real PDF (the service recognises files by their first bytes), as survey.pdf. */
  static Path pdf() throws IOException {
    Path file = folder().resolve("survey.pdf");
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

  /**
   * A PDF of {@code megabytes} MiB, as scan.pdf: a PDF header, then a comment line of padding (a
   * reader skips it) up to the size, then the end of file marker. Only its size matters to the
   * limits; its first bytes make it a PDF to the file input and the service.
   */
  static Path pdfOf(int megabytes) throws IOException {
    Path file = folder().resolve("scan-" + megabytes + "mb.pdf");
    long size = megabytes * 1024L * 1024L;
    if (Files.exists(file) && Files.size(file) == size) {
      return file.toAbsolutePath().normalize();
    }
    byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = new byte[(int) size];
    Arrays.fill(pdf, (byte) 'x');
    System.arraycopy(head, 0, pdf, 0, head.length);
    System.arraycopy(tail, 0, pdf, pdf.length - tail.length, tail.length);
    Files.write(file, pdf);
    return file.toAbsolutePath().normalize();
  }

  private static Path folder() throws IOException {
    Path dir = Path.of(System.getProperty("congress.root", ".."), "e2e", "target", "attachments");
    Files.createDirectories(dir);
    return dir;
  }
}
