package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The 30 district deputies of the dev realm (deputy01..deputy30, deputy_id
 * 00000000-0000-4000-8000-0000000000NN). Makes sure the deputies service knows them (registering
 * them with their fixed ids when it does not) and that the voting and suggestions services' local
 * copies, fed by DeputyRegistered events, have them all.
 */
final class DevDeputies {
  static final int COUNT = 30;
  private static final Duration REPLICATION = Duration.ofSeconds(60);
  private static volatile boolean ready;

  private DevDeputies() {}

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
  }

  static List<UUID> all() {
    List<UUID> ids = new ArrayList<>();
    for (int n = 1; n <= COUNT; n++) {
      ids.add(id(n));
    }
    return ids;
  }

  /** Registered in the deputies service and copied into voting and suggestions. */
  static synchronized void ensureReady() {
    if (ready) {
      return;
    }
    String delegation = null;
    for (int n = 1; n <= COUNT; n++) {
      int status =
          Gateway.as("staff1").get("/api/v1/deputies/{id}", id(n)).then().extract().statusCode();
      if (status == 200) {
        continue;
      }
      assertThat(status).as("GET deputy %s", id(n)).isEqualTo(404);
      if (delegation == null) {
        delegation = delegation();
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", id(n).toString());
      body.put("name", "代表" + n);
      body.put("gender", n % 2 == 0 ? "FEMALE" : "MALE");
      body.put("birthYear", 1970 + n);
      body.put("level", "DISTRICT");
      body.put("term", 6);
      body.put("delegationId", delegation);
      int created =
          Gateway.as("staff1").body(body).post("/api/v1/deputies").then().extract().statusCode();
      assertThat(created).as("register deputy %s", n).isIn(201, 409);
    }
    assertThat(Poll.until(REPLICATION, () -> entitledVoters().containsAll(all())))
        .as("the voting service's copy has all 30 dev deputies as entitled voters")
        .isTrue();
    for (UUID id : all()) {
      assertThat(
              Poll.until(
                  REPLICATION,
                  () ->
                      Gateway.as("staff1")
                              .get("/api/v1/suggestion-deputies/{id}", id)
                              .then()
                              .extract()
                              .statusCode()
                          == 200))
          .as("the suggestions service's copy has deputy %s", id)
          .isTrue();
    }
    ready = true;
  }

  private static String delegation() {
    List<String> ids =
        Gateway.as("staff1").get("/api/v1/delegations").then().statusCode(200).extract().path("id");
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    return Gateway.as("staff1")
        .body(Map.of("name", "朱泾镇代表团"))
        .post("/api/v1/delegations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Set<UUID> entitledVoters() {
    Set<UUID> ids = new HashSet<>();
    String token = null;
    do {
      var spec = Gateway.as("staff1").queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/entitled-voters").then().statusCode(200).extract();
      List<String> items = page.path("items.id");
      items.forEach(i -> ids.add(UUID.fromString(i)));
      token = page.path("nextPageToken");
    } while (token != null);
    return ids;
  }
}
