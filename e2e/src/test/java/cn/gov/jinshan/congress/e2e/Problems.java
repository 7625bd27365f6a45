package cn.gov.jinshan.congress.e2e;

import io.restassured.response.Response;

/** RFC 9457 problem details as every service and the gateway send them. */
final class Problems {
  private Problems() {}

  /** application/problem+json with at least a status and a title or type. */
  static boolean isProblem(Response response) {
    String type = response.getContentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      return false;
    }
    try {
      Object status = response.jsonPath().get("status");
      Object title = response.jsonPath().get("title");
      Object kind = response.jsonPath().get("type");
      return status != null
          && ((Number) status).intValue() == response.statusCode()
          && (title != null || kind != null);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
