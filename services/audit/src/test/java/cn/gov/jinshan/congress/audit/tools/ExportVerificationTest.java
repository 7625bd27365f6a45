package cn.gov.jinshan.congress.audit.tools;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported range re-verifies offline with VerifyExport; a changed line does not. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExportVerificationTest {
  @TempDir Path dir;

  @Test
  void shouldReverifyAnExportedRangeOfflineAndFindAModifiedLine() throws Exception {
    long first;
    long last;
    try (AuditEvents events = AuditEvents.create()) {
      List<EventEnvelope> sent = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        EventEnvelope e =
            events
                .event("congress.suggestions.ContactRecorded.v1")
                .data(java.util.Map.of("summary", "电话沟通 \"引号\" \\ 换行\n第" + i + "次"))
                .build();
        events.publish(Topics.SUGGESTIONS, e);
        sent.add(e);
      }
      // different keys, different partitions: stored in any order
      List<Long> seqs = sent.stream().map(e -> events.awaitStored(e.id()).getLong("seq")).toList();
      first = seqs.stream().min(Long::compare).orElseThrow();
      last = seqs.stream().max(Long::compare).orElseThrow();
    }
    String export =
        given()
            .auth()
            .oauth2(AuditEvents.auditor())
            .queryParam("from", first)
            .queryParam("to", last)
            .get("/api/v1/audit/exports")
            .then()
            .statusCode(200)
            .contentType(containsString("application/jsonl"))
            .extract()
            .asString();
    List<String> lines = export.lines().toList();
    assertThat(lines).hasSize((int) (last - first + 1));

    Path file = dir.resolve("audit.jsonl");
    Files.writeString(file, export, StandardCharsets.UTF_8);
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    assertThat(VerifyExport.verify(file, new PrintStream(report, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(report.toString(StandardCharsets.UTF_8)).startsWith("OK " + lines.size());

    List<String> modified = new ArrayList<>(lines);
    // other services publish meanwhile: change the third of our five lines
    List<Integer> ours = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("电话沟通")) {
        ours.add(i);
      }
    }
    assertThat(ours).hasSize(5);
    int changed = ours.get(2);
    modified.set(changed, lines.get(changed).replace("电话沟通", "当面沟通"));
    assertThat(modified.get(changed)).isNotEqualTo(lines.get(changed));
    Path tampered = dir.resolve("tampered.jsonl");
    Files.write(tampered, modified, StandardCharsets.UTF_8);
    ByteArrayOutputStream failure = new ByteArrayOutputStream();
    assertThat(
            VerifyExport.verify(tampered, new PrintStream(failure, true, StandardCharsets.UTF_8)))
        .isEqualTo(1);
    assertThat(failure.toString(StandardCharsets.UTF_8)).contains("seq " + (first + changed));

    List<String> missing = new ArrayList<>(lines);
    missing.remove(changed);
    Path gap = dir.resolve("gap.jsonl");
    Files.write(gap, missing, StandardCharsets.UTF_8);
    assertThat(VerifyExport.verify(gap, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnExportLargerThanTheLimit() {
    given()
        .auth()
        .oauth2(AuditEvents.auditor())
        .queryParam("from", 1)
        .queryParam("to", 10_000_000)
        .get("/api/v1/audit/exports")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
