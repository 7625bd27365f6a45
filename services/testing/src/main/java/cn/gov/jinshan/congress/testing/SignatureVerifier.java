package cn.gov.jinshan.congress.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a Standard Webhooks signature, written from the specification's text and
 * independent of the service's signer: the secret's {@code whsec_} prefix is removed and the rest
 * base64-decoded into the key; the signed content is {@code id.timestamp.body}; the header holds
 * space-delimited {@code version,signature} pairs, of which a {@code v1} one must match (compared
 * in constant time); the timestamp must be within five minutes of now.
 */
public final class SignatureVerifier {
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private SignatureVerifier() {}

  public static boolean verifies(
      String secret, String id, String timestamp, String signatureHeader, String body) {
    if (secret == null || id == null || timestamp == null || signatureHeader == null) {
      return false;
    }
    long seconds = Long.parseLong(timestamp);
    if (Duration.between(Instant.ofEpochSecond(seconds), Instant.now()).abs().compareTo(TOLERANCE)
        > 0) {
      return false;
    }
    String base64Key = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
    byte[] expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
      expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    for (String versioned : signatureHeader.split(" ")) {
      int comma = versioned.indexOf(',');
      if (comma < 0 || !versioned.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given = Base64.getDecoder().decode(versioned.substring(comma + 1));
      if (MessageDigest.isEqual(expected, given)) {
        return true;
      }
    }
    return false;
  }
}
