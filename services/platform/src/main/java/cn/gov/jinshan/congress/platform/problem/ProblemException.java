package cn.gov.jinshan.congress.platform.problem;

/**
 * A failure the client should see as a problem+json. The detail is a message key resolved in the
 * client's language ({@code messages*.properties} of the service, then the platform's).
 */
public class ProblemException extends RuntimeException {
  private final ProblemKind kind;
  private final String messageKey;
  private final transient Object[] args;

  public ProblemException(ProblemKind kind, String messageKey, Object... args) {
    super(kind.code() + ": " + messageKey);
    this.kind = kind;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public ProblemKind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemKind.NOT_FOUND, "not-found", what, id);
  }

  public static ProblemException forbidden(String messageKey, Object... args) {
    return new ProblemException(ProblemKind.FORBIDDEN, messageKey, args);
  }

  public static ProblemException invalidState(String messageKey, Object... args) {
    return new ProblemException(ProblemKind.INVALID_STATE, messageKey, args);
  }

  public static ProblemException conflict(String messageKey, Object... args) {
    return new ProblemException(ProblemKind.CONFLICT, messageKey, args);
  }

  public static ProblemException badRequest(String messageKey, Object... args) {
    return new ProblemException(ProblemKind.MALFORMED_REQUEST, messageKey, args);
  }

  public static ProblemException businessRule(String messageKey, Object... args) {
    return new ProblemException(ProblemKind.BUSINESS_RULE, messageKey, args);
  }
}
