package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dossier answers, in one read, exactly what the item's four reads answer one by one. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DossierTest {
  @Inject TestClock clock;

  @Test
  void shouldAnswerWhatTheItemsFourReadsAnswerForEveryReader() {
    Flow f = Flow.create().inProgress();
    f.contacted(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString());
    f.reply("A");
    String replyId = get(f.leadDeptToken, BASE + "/" + f.id + "/replies").extract().path("[0].id");
    AttachmentTest.upload(
            f.leadDeptToken, f.id, "答复函.pdf", AttachmentTest.PDF, "application/pdf", replyId)
        .statusCode(201);
    String item = BASE + "/" + f.id;

    for (String reader :
        List.of(f.leadToken, f.leadDeptToken, f.coDeptToken, f.congress.staffToken)) {
      var dossier = get(reader, item + "/dossier").statusCode(200).extract();
      JsonPath whole = dossier.jsonPath();
      assertThat(dossier.header("ETag")).isEqualTo(get(reader, item).extract().header("ETag"));
      assertThat(whole.getMap("item")).isEqualTo(get(reader, item).extract().jsonPath().getMap(""));
      assertThat(whole.getList("contacts"))
          .hasSize(1)
          .isEqualTo(get(reader, item + "/contacts").extract().jsonPath().getList(""));
      assertThat(whole.getList("replies"))
          .hasSize(1)
          .isEqualTo(get(reader, item + "/replies").extract().jsonPath().getList(""));
      assertThat(whole.getList("attachments"))
          .hasSize(1)
          .isEqualTo(get(reader, item + "/attachments").extract().jsonPath().getList(""));
      assertThat(whole.getString("attachments[0].replyId")).isEqualTo(replyId);
    }
  }
}
