package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The audit service's ledger, read as auditor1 through the gateway. */
final class Audit {
  private Audit() {}

  /** Every ledger entry of one aggregate, oldest first. */
  static List<Map<String, Object>> history(String type, String id) {
    List<Map<String, Object>> entries = new ArrayList<>();
    String token = null;
    do {
      var spec = Gateway.as("auditor1").queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/audit/aggregates/{type}/{id}", type, id)
              .then()
              .statusCode(200)
              .extract();
      entries.addAll(page.<List<Map<String, Object>>>path("items"));
      token = page.path("nextPageToken");
    } while (token != null);
    return entries;
  }

  /** The short event names (SuggestionReplied …) of the entries, in ledger order. */
  static List<String> types(List<Map<String, Object>> entries) {
    return entries.stream()
        .map(e -> (String) e.get("type"))
        .map(t -> t.replaceAll("^congress\\.[a-z]+\\.", "").replaceAll("\\.v\\d+$", ""))
        .toList();
  }

  /** The hash chain over the entries' range verifies. */
  static void assertChainVerifies(List<Map<String, Object>> entries) {
    long from =
        entries.stream().mapToLong(e -> ((Number) e.get("seq")).longValue()).min().orElseThrow();
    long to =
        entries.stream().mapToLong(e -> ((Number) e.get("seq")).longValue()).max().orElseThrow();
    Map<String, Object> report =
        Gateway.as("auditor1")
            .queryParam("from", from)
            .queryParam("to", to)
            .get("/api/v1/audit/verification")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(report.get("status")).as("chain verification %s", report).isEqualTo("OK");
    assertThat(((Number) report.get("checked")).longValue()).isGreaterThanOrEqualTo(to - from + 1);
  }
}
