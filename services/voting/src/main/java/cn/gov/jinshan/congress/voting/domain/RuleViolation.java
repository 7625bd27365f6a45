package cn.gov.jinshan.congress.voting.domain;

/**
 * The domain refused something: what kind of refusal, and a message key resolved in the client's
 * language with its arguments. The domain knows no HTTP; the API turns this into a problem+json of
 * the matching kind.
 */
public class RuleViolation extends RuntimeException {
  private final Kind kind;
  private final String messageKey;
  private final transient Object[] args;

  private RuleViolation(Kind kind, String messageKey, Object... args) {
    super(kind + ": " + messageKey);
    this.kind = kind;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /** The object asked for does not exist (or may not be seen). */
  public static RuleViolation notFound(String messageKey, Object... args) {
    return new RuleViolation(Kind.NOT_FOUND, messageKey, args);
  }

  /** The object's current state does not allow this now. */
  public static RuleViolation invalidState(String messageKey, Object... args) {
    return new RuleViolation(Kind.INVALID_STATE, messageKey, args);
  }

  /** What was asked breaks a business rule, whatever the state. */
  public static RuleViolation ruleBroken(String messageKey, Object... args) {
    return new RuleViolation(Kind.RULE_BROKEN, messageKey, args);
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public enum Kind {
    NOT_FOUND,
    INVALID_STATE,
    RULE_BROKEN
  }
}
