package cn.gov.jinshan.congress.gateway;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Raw HTTP access to the gateway under test, for what RestAssured hides (streams, chunking). */
final class Gateway {
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Gateway() {}

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
        .timeout(Duration.ofSeconds(30));
  }
}
