package cn.gov.jinshan.congress.gateway.auth;

/** A bearer token was refused. */
public class TokenRejectedException extends RuntimeException {
  private final TokenRejection reason;

  public TokenRejectedException(TokenRejection reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public TokenRejection reason() {
    return reason;
  }
}
