package cn.gov.jinshan.congress.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash chain of the ledger (see docs/notes/audit.md, "Canonical form").
 *
 * <p>{@code hash(n) = lowercase-hex(SHA-256(UTF-8(hash(n-1)) || canonical(n)))}, with {@code
 * hash(0)} = 64 zeros. {@code canonical(n)} is, for each field in the order of {@link
 * EntryContent}, the line {@code name=-\n} when the value is null, otherwise {@code name=<UTF-8
 * byte length of value>:<value>\n}. Numbers are decimal; instants are UTC with exactly six fraction
 * digits ({@code 2026-01-15T02:30:00.000000Z}).
 */
public final class Chain {
  public static final String GENESIS = "0".repeat(64);
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Chain() {}

  public static String instant(Instant instant) {
    return instant == null ? null : INSTANT.format(instant);
  }

  /** The canonical bytes of an entry. */
  public static byte[] canonical(EntryContent e) {
    StringBuilder out = new StringBuilder(256 + (e.raw() == null ? 0 : e.raw().length()));
    field(out, "seq", Long.toString(e.seq()));
    field(out, "eventId", e.eventId());
    field(out, "congressId", e.congressId());
    field(out, "eventType", e.eventType());
    field(out, "source", e.source());
    field(out, "subject", e.subject());
    field(out, "actorId", e.actorId());
    field(out, "eventTime", instant(e.eventTime()));
    field(out, "topic", e.topic());
    field(out, "partition", Integer.toString(e.partition()));
    field(out, "offset", Long.toString(e.offset()));
    field(out, "receivedAt", instant(e.receivedAt()));
    field(out, "status", e.status() == null ? null : e.status().name());
    field(out, "raw", e.raw());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The hash of an entry following {@code previousHash}. */
  public static String hash(String previousHash, EntryContent entry) {
    MessageDigest sha = sha256();
    sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
    sha.update(canonical(entry));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append('=');
    if (value == null) {
      out.append('-');
    } else {
      out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    out.append('\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
