package cn.gov.jinshan.congress.platform.rules;

/**
 * A rule of the domain refused what was asked: a transition from the wrong state, a conflict with
 * the current data, a broken business rule. It names the reason and a message key (resolved in the
 * client's language like a problem's), but no HTTP status: the domain knows nothing of HTTP, and
 * the edge (platform.problem.ProblemMappers) maps each reason to its problem.
 */
public class RuleViolation extends RuntimeException {
  /** Why the domain refused. */
  public enum Reason {
    /** The object asked for does not exist (or may not be seen). */
    NOT_FOUND,
    /** The rule allows this only to someone else. */
    FORBIDDEN,
    /** Not allowed in the aggregate's current state. */
    INVALID_STATE,
    /** Conflicts with the current data. */
    CONFLICT,
    /** A business rule forbids it whatever the state. */
    BUSINESS_RULE
  }

  private final Reason reason;
  private final String messageKey;
  private final transient Object[] args;

  public RuleViolation(Reason reason, String messageKey, Object... args) {
    super(reason + ": " + messageKey);
    this.reason = reason;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public Reason reason() {
    return reason;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public static RuleViolation notFound(String messageKey, Object... args) {
    return new RuleViolation(Reason.NOT_FOUND, messageKey, args);
  }

  public static RuleViolation forbidden(String messageKey, Object... args) {
    return new RuleViolation(Reason.FORBIDDEN, messageKey, args);
  }

  public static RuleViolation invalidState(String messageKey, Object... args) {
    return new RuleViolation(Reason.INVALID_STATE, messageKey, args);
  }

  public static RuleViolation conflict(String messageKey, Object... args) {
    return new RuleViolation(Reason.CONFLICT, messageKey, args);
  }

  public static RuleViolation businessRule(String messageKey, Object... args) {
    return new RuleViolation(Reason.BUSINESS_RULE, messageKey, args);
  }
}
