package cn.gov.jinshan.congress.gateway.problem;

/**
 * The errors the gateway itself produces, each with its status and stable code; the type URI and
 * the shape are the services' (RFC 9457 problem+json).
 */
public enum GatewayProblem {
  UNAUTHENTICATED(401, "unauthenticated"),
  NOT_FOUND(404, "not-found"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  URI_TOO_LONG(414, "uri-too-long"),
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  BAD_GATEWAY(502, "bad-gateway"),
  SERVICE_UNAVAILABLE(503, "service-unavailable"),
  GATEWAY_TIMEOUT(504, "gateway-timeout");

  public static final String TYPE_BASE = "https://congress.jinshan.gov.cn/problems/";
  public static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final String code;

  GatewayProblem(int status, String code) {
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
    return TYPE_BASE + code;
  }
}
