package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;

/** The gateway's Prometheus page. */
final class Metrics {
  private Metrics() {}

  static String scrape() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }
}
