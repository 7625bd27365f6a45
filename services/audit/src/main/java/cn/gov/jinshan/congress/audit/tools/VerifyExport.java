package cn.gov.jinshan.congress.audit.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Verifies an audit export (JSON Lines) offline, with nothing but a JDK: every line's hash is
 * recomputed from its fields and the previous line's hash, sequence numbers must follow each other.
 * Self-contained on purpose (its own canonical form and a minimal JSON reader), so that an outside
 * party can read and run this one file: {@code java VerifyExport.java audit.jsonl}.
 *
 * <p>Exit status 0 when the file verifies, 1 when it does not (the first bad line is named), 2 on a
 * usage or reading error. Prints the first prevHash and the last hash: compare them with a
 * published checkpoint or with the service's verification endpoint.
 */
public final class VerifyExport {
  private static final String[] FIELDS = {
    "seq",
    "eventId",
    "congressId",
    "eventType",
    "source",
    "subject",
    "actorId",
    "eventTime",
    "topic",
    "partition",
    "offset",
    "receivedAt",
    "status",
    "raw"
  };

  private VerifyExport() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: VerifyExport <export.jsonl>");
      System.exit(2);
    }
    System.exit(verify(Path.of(args[0]), System.out));
  }

  /** Verifies the file, reports on {@code out}; returns the exit status. */
  public static int verify(Path file, PrintStream out) {
    String firstPrev = null;
    String previousHash = null;
    long previousSeq = -1;
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        Map<String, Object> entry;
        try {
          entry = new Json(line).object();
        } catch (IllegalArgumentException e) {
          out.println("FAILED line " + lines + ": not a JSON object (" + e.getMessage() + ")");
          return 1;
        }
        long seq = Long.parseLong(String.valueOf(entry.get("seq")));
        String prevHash = (String) entry.get("prevHash");
        String hash = (String) entry.get("hash");
        if (firstPrev == null) {
          firstPrev = prevHash;
        } else {
          if (seq != previousSeq + 1) {
            out.println("FAILED seq " + (previousSeq + 1) + " (line " + lines + "): missing");
            return 1;
          }
          if (!previousHash.equals(prevHash)) {
            out.println("FAILED seq " + seq + " (line " + lines + "): prevHash does not chain");
            return 1;
          }
        }
        String computed = hash(prevHash, entry);
        if (!computed.equals(hash)) {
          out.println("FAILED seq " + seq + " (line " + lines + "): hash does not match content");
          return 1;
        }
        previousHash = hash;
        previousSeq = seq;
      }
    } catch (IOException | RuntimeException e) {
      out.println("ERROR " + e);
      return 2;
    }
    out.println(
        "OK " + lines + " entries; first prevHash " + firstPrev + "; last hash " + previousHash);
    return 0;
  }

  /** hex(SHA-256(UTF-8(prevHash) || canonical)), canonical as in docs/notes/audit.md. */
  static String hash(String prevHash, Map<String, Object> entry) {
    StringBuilder canonical = new StringBuilder();
    for (String field : FIELDS) {
      Object value = entry.get(field);
      canonical.append(field).append('=');
      if (value == null) {
        canonical.append('-');
      } else {
        String text = String.valueOf(value);
        canonical.append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text);
      }
      canonical.append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      sha.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads one flat JSON object: string, integer, true/false and null values. */
  static final class Json {
    private final String text;
    private int pos;

    Json(String text) {
      this.text = text;
    }

    Map<String, Object> object() {
      Map<String, Object> result = new HashMap<>();
      skip();
      expect('{');
      skip();
      if (peek() == '}') {
        pos++;
        return result;
      }
      while (true) {
        skip();
        String key = string();
        skip();
        expect(':');
        skip();
        result.put(key, value());
        skip();
        char c = next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or } at " + pos);
        }
      }
      skip();
      if (pos != text.length()) {
        throw new IllegalArgumentException("trailing text at " + pos);
      }
      return result;
    }

    private Object value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (text.startsWith("null", pos)) {
        pos += 4;
        return null;
      }
      if (text.startsWith("true", pos)) {
        pos += 4;
        return "true";
      }
      if (text.startsWith("false", pos)) {
        pos += 5;
        return "false";
      }
      int start = pos;
      while (pos < text.length() && "-0123456789".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalArgumentException("unexpected value at " + pos);
      }
      return Long.toString(Long.parseLong(text.substring(start, pos)));
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw new IllegalArgumentException("bad escape at " + pos);
            }
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw new IllegalArgumentException("bad escape at " + pos);
        }
      }
    }

    private void skip() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private char peek() {
      if (pos >= text.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return text.charAt(pos);
    }

    private char next() {
      char c = peek();
      pos++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (pos - 1));
      }
    }
  }
}
