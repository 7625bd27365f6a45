package cn.gov.jinshan.congress.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import java.time.Duration;

/**
 * Registers congresses in a service's local copy of them the way the deputies service does:
 * CongressRegistered on congress.deputies.v1 through the real broker. A town counts as known once
 * the district's cross-congress staff may list it through one of the service's lists.
 */
public final class CongressRegistrar {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private final String probeList;

  private CongressRegistrar(String probeList) {
    this.probeList = probeList;
  }

  /**
   * For the service one of whose lists, {@code probeList}, takes {@code congressId} (e.g.
   * /api/v1/livelihood-rounds): it answers the district's cross-congress staff 200 for a town only
   * once the service's copy places the town below the district.
   */
  public static CongressRegistrar probedThrough(String probeList) {
    return new CongressRegistrar(probeList);
  }

  /** Registers each town below the district, one after the other, and waits for each. */
  public void registerTowns(String districtId, String... townIds) {
    for (String townId : townIds) {
      registerTown(townId, districtId);
    }
  }

  /** Registers the district and a town below it, and waits until the service knows the town. */
  private void registerTown(String townId, String districtId) {
    register(districtId, "DISTRICT", null);
    register(townId, "TOWN", districtId);
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    given()
                            .auth()
                            .oauth2(Tokens.crossCongressStaff(districtId))
                            .queryParam("congressId", townId)
                            .get(probeList)
                            .statusCode()
                        == 200))
        .as("congress %s known below %s", townId, districtId)
        .isTrue();
  }

  /** Publishes CongressRegistered for a district (parent null) or a town. */
  private static void register(String congressId, String level, String parentId) {
    TestEvents.publish(
        Topics.DEPUTIES,
        congressId,
        TestEvents.envelope(
            EventTypes.typeOf(CongressRegistered.class),
            congressId,
            congressId,
            EventJson.mapper()
                .valueToTree(
                    new CongressRegistered(
                        congressId, "测试人大 " + congressId, level, parentId, 6, 3))));
  }
}
