package cn.gov.jinshan.congress.gateway.auth;

import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.InvalidAlgorithmException;

/** Why a bearer token was refused; each reason has its message key. */
public enum TokenRejection {
  MISSING("token.missing"),
  EXPIRED("token.expired"),
  WRONG_ISSUER("token.wrong-issuer"),
  WRONG_AUDIENCE("token.wrong-audience"),
  ALGORITHM_NOT_ALLOWED("token.algorithm-not-allowed"),
  BAD_SIGNATURE("token.bad-signature"),
  UNKNOWN_KEY("token.unknown-key"),
  MALFORMED("token.malformed"),
  KEYS_UNAVAILABLE("token.keys-unavailable");

  private final String messageKey;

  TokenRejection(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  static TokenRejection of(InvalidJwtException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidAlgorithmException) {
        return ALGORITHM_NOT_ALLOWED;
      }
      if (cause instanceof org.jose4j.lang.UnresolvableKeyException) {
        return UNKNOWN_KEY;
      }
    }
    if (e.hasErrorCode(ErrorCodes.EXPIRED) || e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
      return EXPIRED;
    }
    if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
      return WRONG_ISSUER;
    }
    if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
        || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
      return WRONG_AUDIENCE;
    }
    if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
      return BAD_SIGNATURE;
    }
    if (e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
      return ALGORITHM_NOT_ALLOWED;
    }
    return MALFORMED;
  }

  static AlgorithmConstraints permitOnly(List<String> algorithms) {
    return new AlgorithmConstraints(
        AlgorithmConstraints.ConstraintType.PERMIT, algorithms.toArray(String[]::new));
  }
}
