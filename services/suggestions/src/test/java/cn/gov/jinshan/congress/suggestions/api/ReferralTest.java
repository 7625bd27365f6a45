package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.accept;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.invite;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-level referral: town staff refer an item to the district (a new item there, linked both
 * ways, lead and co-signers carried over where the same person sits in the district) or note it as
 * referred to the city; the town's item keeps its history.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReferralTest {
  TestCongress district;
  TestCongress town;

  @BeforeEach
  void twoLevels() {
    district = TestCongress.district(6, 3);
    town = TestCongress.townOf(district, 18, 2);
  }

  @Test
  void shouldReferTownItemToDistrictKeepingHistoryOnBothSides() {
    String person = "person-" + UUID.randomUUID();
    String coPerson = "person-" + UUID.randomUUID();
    UUID townLead = town.deputyAs("王芳", person);
    UUID districtLead = district.deputyAs("王芳", person);
    UUID townCo = town.deputyAs("赵强", coPerson);
    UUID districtCo = district.deputyAs("赵强", coPerson);
    UUID townOnlyCo = town.deputy("钱敏");
    String leadToken = town.deputyToken(townLead);
    UUID item = draft(leadToken, aSuggestion().titled("关于统筹跨镇公交线路的建议"));
    invite(leadToken, item, List.of(townCo, townOnlyCo));
    accept(town.deputyToken(townCo), item, townCo);
    accept(town.deputyToken(townOnlyCo), item, townOnlyCo);
    post(leadToken, BASE + "/" + item + "/submit", null).statusCode(200);
    post(town.staffToken, BASE + "/" + item + "/registration", null)
        .statusCode(200)
        .body("registrationNumber", equalTo("18-2-0001"));

    String referredTo =
        post(
                town.staffToken,
                BASE + "/" + item + "/referrals",
                Map.of("target", "DISTRICT", "reason", "涉及跨镇公交，需区级统筹"))
            .statusCode(201)
            .body("target", equalTo("DISTRICT"))
            .body("targetCongressId", equalTo(district.id))
            .extract()
            .path("referredToId");

    // the town keeps its item, its number and the referral record
    get(town.staffToken, BASE + "/" + item)
        .statusCode(200)
        .body("state", equalTo("REFERRED"))
        .body("registrationNumber", equalTo("18-2-0001"))
        .body("referredToId", equalTo(referredTo));
    get(leadToken, BASE + "/" + item + "/referrals")
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].reason", equalTo("涉及跨镇公交，需区级统筹"))
        .body("[0].referredToId", equalTo(referredTo));
    // the district sees a new submitted item, for its own review and numbering
    get(district.staffToken, BASE + "?state=SUBMITTED")
        .statusCode(200)
        .body("items.id", hasItem(referredTo));
    get(district.staffToken, BASE + "/" + referredTo)
        .statusCode(200)
        .body("congressId", equalTo(district.id))
        .body("state", equalTo("SUBMITTED"))
        .body("title", equalTo("关于统筹跨镇公交线路的建议"))
        .body("referredFromId", equalTo(item.toString()))
        .body("leadDeputy.id", equalTo(districtLead.toString()))
        .body("leadDeputy.name", equalTo("王芳"))
        .body("coSigners", hasSize(1))
        .body("coSigners[0].deputy.id", equalTo(districtCo.toString()))
        .body("term", equalTo(6))
        .body("session", equalTo(3));
    post(district.staffToken, BASE + "/" + referredTo + "/registration", null)
        .statusCode(200)
        .body("registrationNumber", equalTo("6-3-0001"));
    // the district lead deputy (the same person) reads it; the town's item stays the town's
    get(district.deputyToken(districtLead), BASE + "/" + referredTo).statusCode(200);
    get(district.staffToken, BASE + "/" + item).statusCode(404);
    get(district.crossStaffToken(), BASE + "/" + item)
        .statusCode(200)
        .body("state", equalTo("REFERRED"));

    List<EventEnvelope> events =
        TopicReader.read(
                Topics.SUGGESTIONS,
                r -> item.toString().equals(r.key()) && r.value().contains("SuggestionReferred"),
                kept -> !kept.isEmpty(),
                Duration.ofSeconds(30))
            .stream()
            .map(r -> envelope(r.value()))
            .toList();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).data().get("targetCongressId").asText()).isEqualTo(district.id);
    assertThat(events.get(0).data().get("referredToId").asText()).isEqualTo(referredTo);
    assertThat(events.get(0).congressid()).isEqualTo(town.id);
  }

  @Test
  void shouldKeepTheLeadAsTextWhenNotADeputyOfTheDistrictAndNoteCityReferrals() {
    Flow townOnly = Flow.in(town).submitted();
    String referredTo =
        post(
                town.staffToken,
                BASE + "/" + townOnly.id + "/referrals",
                Map.of("target", "DISTRICT", "reason", "区级事权"))
            .statusCode(201)
            .extract()
            .path("referredToId");
    get(district.staffToken, BASE + "/" + referredTo)
        .statusCode(200)
        .body("leadDeputy.name", equalTo("李娜"))
        .body("leadDeputy.delegationName", equalTo("朱泾镇代表团"))
        .body("coSigners", hasSize(0));

    Flow city = townOnly.another().registered();
    post(
            town.staffToken,
            BASE + "/" + city.id + "/referrals",
            Map.of("target", "CITY", "reason", "市级事权"))
        .statusCode(422)
        .contentType(PROBLEM);
    post(
            town.staffToken,
            BASE + "/" + city.id + "/referrals",
            Map.of("target", "CITY", "reason", "市级事权", "cityReference", "沪人大代建〔2026〕12号"))
        .statusCode(201)
        .body("referredToId", nullValue())
        .body("cityReference", equalTo("沪人大代建〔2026〕12号"));
    get(town.staffToken, BASE + "/" + city.id)
        .statusCode(200)
        .body("state", equalTo("REFERRED"))
        .body("referredToId", nullValue());
  }

  @Test
  void shouldRefuseReferralsInIllegalStatesAndByWrongCallers() {
    Flow assigned = Flow.in(town).assigned();
    Map<String, Object> toDistrict = Map.of("target", "DISTRICT", "reason", "区级事权");
    post(town.staffToken, BASE + "/" + assigned.id + "/referrals", toDistrict)
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", org.hamcrest.Matchers.containsString("ASSIGNED"));
    Flow drafted = assigned.another().drafted();
    post(town.staffToken, BASE + "/" + drafted.id + "/referrals", toDistrict).statusCode(409);
    Flow submitted = assigned.another().submitted();
    // the lead deputy, another town's staff, the district's staff (cross or not) may not
    post(submitted.leadToken, BASE + "/" + submitted.id + "/referrals", toDistrict).statusCode(403);
    post(TestCongress.create().staffToken, BASE + "/" + submitted.id + "/referrals", toDistrict)
        .statusCode(404);
    post(district.staffToken, BASE + "/" + submitted.id + "/referrals", toDistrict).statusCode(404);
    post(district.crossStaffToken(), BASE + "/" + submitted.id + "/referrals", toDistrict)
        .statusCode(403);
    post(town.staffToken, BASE + "/" + submitted.id + "/referrals", Map.of("target", "DISTRICT"))
        .statusCode(400)
        .contentType(PROBLEM);
    // the district has no congress above it
    Flow districtItem = Flow.in(district).submitted();
    post(district.staffToken, BASE + "/" + districtItem.id + "/referrals", toDistrict)
        .statusCode(422);
    // referred once: a second referral is refused, naming the state
    post(town.staffToken, BASE + "/" + submitted.id + "/referrals", toDistrict).statusCode(201);
    post(town.staffToken, BASE + "/" + submitted.id + "/referrals", toDistrict)
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("REFERRED"));
    get(town.staffToken, BASE + "/" + submitted.id + "/referrals").body("$", hasSize(1));
  }

  private static EventEnvelope envelope(String json) {
    try {
      return EventJson.mapper().readValue(json, EventEnvelope.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
