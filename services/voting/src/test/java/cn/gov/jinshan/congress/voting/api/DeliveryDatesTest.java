package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Dates of what already happened in a project's delivery cannot lie in the future. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeliveryDatesTest {
  // two days ahead: clearly the future in Shanghai whatever the time of day and the tolerance
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final LocalDate FUTURE = TODAY.plusDays(2);

  @Test
  void shouldRefuseAMilestoneDoneOnAFutureDate() {
    TestCongress congress = TestCongress.create();
    List<UUID> voters = congress.deputies(1);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).delivering(voters);
    String base = "/api/v1/livelihood-projects/" + round.project();
    String etag =
        congress
            .asStaff()
            .body(Map.of("title", "完成选址", "dueOn", TODAY.plusMonths(2).toString()))
            .post(base + "/milestones")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    String milestone =
        congress.asStaff().get(base + "/milestones").then().extract().path("items[0].id");
    String completion = base + "/milestones/" + milestone + "/completion";

    congress
        .asStaff()
        .header("If-Match", etag)
        .body(Map.of("doneOn", FUTURE.toString()))
        .post(completion)
        .then()
        .statusCode(422)
        .body("type", containsString("business-rule-violated"))
        .body("detail", containsString("doneOn"))
        .body("detail", containsString(FUTURE.toString()));
    congress
        .asStaff()
        .header("Accept-Language", "zh-CN")
        .header("If-Match", etag)
        .body(Map.of("doneOn", FUTURE.toString()))
        .post(completion)
        .then()
        .statusCode(422)
        .body("detail", containsString("将来"));
    congress
        .asStaff()
        .header("If-Match", etag)
        .body(Map.of("doneOn", TODAY.toString()))
        .post(completion)
        .then()
        .statusCode(200)
        .body("doneOn", equalTo(TODAY.toString()));
  }

  @Test
  void shouldRefuseAnInspectionOnAFutureDate() {
    TestCongress congress = TestCongress.create();
    List<UUID> voters = congress.deputies(1);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).delivering(voters);
    String base = "/api/v1/livelihood-projects/" + round.project();

    congress
        .asDeputy(voters.get(0))
        .body(Map.of("inspectedOn", FUTURE.toString(), "comment", "尚未发生的视察"))
        .post(base + "/inspections")
        .then()
        .statusCode(422)
        .body("detail", containsString("inspectedOn"));
    congress.asStaff().get(base + "/inspections").then().body("items.size()", equalTo(0));
    congress
        .asDeputy(voters.get(0))
        .body(Map.of("inspectedOn", TODAY.minusDays(1).toString(), "comment", "进度符合预期"))
        .post(base + "/inspections")
        .then()
        .statusCode(201);
  }
}
