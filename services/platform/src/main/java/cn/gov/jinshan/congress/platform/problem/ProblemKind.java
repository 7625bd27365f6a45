package cn.gov.jinshan.congress.platform.problem;

/** The kinds of error the platform reports; each has a stable type URI and status. */
public enum ProblemKind {
  VALIDATION(400, "validation-failed"),
  MALFORMED_REQUEST(400, "malformed-request"),
  UNAUTHENTICATED(401, "unauthenticated"),
  FORBIDDEN(403, "forbidden"),
  NOT_FOUND(404, "not-found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  CONFLICT(409, "conflict"),
  INVALID_STATE(409, "invalid-state"),
  DUPLICATE(409, "duplicate"),
  CONCURRENT_MODIFICATION(409, "concurrent-modification"),
  PRECONDITION_FAILED(412, "precondition-failed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
  BUSINESS_RULE(422, "business-rule-violated"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  INTERNAL(500, "internal-error"),
  /** A dependency (the database) is unreachable for a moment: 503 with Retry-After. */
  SERVICE_UNAVAILABLE(503, "service-unavailable");

  private final int status;
  private final String code;

  ProblemKind(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String type() {
    return Problem.TYPE_BASE + code;
  }

  /** The key of this kind's title in the message bundles. */
  public String titleKey() {
    return "title." + code;
  }

  /** The kind of a bare status; a bare 400 says nothing about fields, so it is not VALIDATION. */
  public static ProblemKind ofStatus(int status) {
    if (status == 400) {
      return MALFORMED_REQUEST;
    }
    for (ProblemKind kind : values()) {
      if (kind.status == status) {
        return kind;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }
}
