package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs checkpoints: lowercase-hex HMAC-SHA256(key, "{seq}:{hash}"). */
@ApplicationScoped
public class CheckpointSigner {
  private final byte[] key;

  public CheckpointSigner(AuditConfig config) {
    this.key = config.checkpoint().signingKey().getBytes(StandardCharsets.UTF_8);
  }

  public String sign(long seq, String hash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((seq + ":" + hash).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  public boolean verify(long seq, String hash, String signature) {
    return MessageDigest.isEqual(
        sign(seq, hash).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
