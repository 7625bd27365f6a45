package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.api.AttachmentTest.PDF;
import static cn.gov.jinshan.congress.suggestions.api.AttachmentTest.PNG;
import static cn.gov.jinshan.congress.suggestions.api.AttachmentTest.upload;
import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Adding an attachment publishes AttachmentAdded on congress.suggestions.v1 through the outbox:
 * once per stored file (not for an Idempotency-Key retry, not for a refused upload), with the
 * file's description and never its bytes. Each test reads the item's events up to a later event of
 * the same item (same key, same partition, published in outbox order), so whatever the upload
 * published is on the topic by then.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AttachmentEventTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  private static final Set<String> FIELDS =
      Set.of(
          "suggestionId",
          "congressId",
          "attachmentId",
          "replyId",
          "fileName",
          "mediaType",
          "sizeBytes",
          "sha256",
          "attachedAt");

  @Test
  void shouldPublishOneAttachmentAddedForAnItemFileWithoutItsBytes() throws Exception {
    Flow f = Flow.create().drafted();
    String key = "upload-" + UUID.randomUUID();
    String id =
        upload(f.leadToken, f.id, "现场照片.png", PNG, "image/png", null, key)
            .statusCode(201)
            .extract()
            .path("id");
    // a retry answers from the first upload: no second file, so no second event
    upload(f.leadToken, f.id, "现场照片.png", PNG, "image/png", null, key)
        .statusCode(201)
        .body("id", equalTo(id));
    // a refused upload rolls back, event included
    upload(
            f.leadToken,
            f.id,
            "说明.pdf",
            "纯文本".getBytes(StandardCharsets.UTF_8),
            "application/pdf",
            null)
        .statusCode(415);
    post(f.leadToken, BASE + "/" + f.id + "/submit", null).statusCode(200);

    List<ConsumerRecord<String, String>> records = recordsUntil(f.id, "SuggestionSubmitted");
    assertThat(types(records)).containsExactly("AttachmentAdded", "SuggestionSubmitted");
    EventEnvelope added = envelope(records.get(0));
    assertThat(added.type()).isEqualTo("congress.suggestions.AttachmentAdded.v1");
    assertThat(added.subject()).isEqualTo(f.id.toString());
    assertThat(added.congressid()).isEqualTo(f.congress.id);
    assertThat(added.actorid()).isNotBlank();
    JsonNode data = added.data();
    assertThat(fieldNames(data)).isEqualTo(FIELDS);
    assertThat(data.get("suggestionId").asText()).isEqualTo(f.id.toString());
    assertThat(data.get("congressId").asText()).isEqualTo(f.congress.id);
    assertThat(data.get("attachmentId").asText()).isEqualTo(id);
    assertThat(data.get("replyId").isNull()).isTrue();
    assertThat(data.get("fileName").asText()).isEqualTo("现场照片.png");
    assertThat(data.get("mediaType").asText()).isEqualTo("image/png");
    assertThat(data.get("sizeBytes").asLong()).isEqualTo(PNG.length);
    assertThat(data.get("sha256").asText()).isEqualTo(sha256(PNG));
    // the bytes are in no field, in no encoding
    assertThat(records.get(0).value())
        .doesNotContain(Base64.getEncoder().encodeToString(PNG))
        .doesNotContain(HexFormat.of().formatHex(PNG));
  }

  @Test
  void shouldPublishAttachmentAddedForAReplyFileNamingTheReply() throws Exception {
    Flow f = Flow.create().inProgress().contacted(TODAY).reply("A");
    String reply = get(f.leadToken, BASE + "/" + f.id + "/replies").extract().path("[0].id");
    String id =
        upload(f.leadDeptToken, f.id, "答复函（盖章件）.pdf", PDF, "application/pdf", reply)
            .statusCode(201)
            .extract()
            .path("id");
    f.evaluate("SATISFIED");

    List<ConsumerRecord<String, String>> records = recordsUntil(f.id, "SuggestionEvaluated");
    List<String> types = types(records);
    assertThat(types.stream().filter("AttachmentAdded"::equals)).hasSize(1);
    assertThat(types.indexOf("AttachmentAdded"))
        .isGreaterThan(types.indexOf("SuggestionReplied"))
        .isLessThan(types.indexOf("SuggestionEvaluated"));
    JsonNode data = envelope(records.get(types.indexOf("AttachmentAdded"))).data();
    assertThat(data.get("replyId").asText()).isEqualTo(reply);
    assertThat(data.get("attachmentId").asText()).isEqualTo(id);
    assertThat(data.get("fileName").asText()).isEqualTo("答复函（盖章件）.pdf");
    assertThat(data.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(data.get("sizeBytes").asLong()).isEqualTo(PDF.length);
    assertThat(data.get("sha256").asText()).isEqualTo(sha256(PDF));
  }

  /** The item's records on the topic, read until one of type {@code last} is there. */
  private static List<ConsumerRecord<String, String>> recordsUntil(UUID item, String last) {
    List<ConsumerRecord<String, String>> records =
        TopicReader.read(
            Topics.SUGGESTIONS,
            r -> item.toString().equals(r.key()),
            kept -> types(kept).contains(last),
            Duration.ofSeconds(60));
    assertThat(types(records)).as("events of %s", item).contains(last);
    return records;
  }

  private static List<String> types(List<ConsumerRecord<String, String>> records) {
    return records.stream()
        .map(r -> envelope(r).type())
        .map(t -> t.replace("congress.suggestions.", "").replace(".v1", ""))
        .toList();
  }

  private static EventEnvelope envelope(ConsumerRecord<String, String> record) {
    try {
      return EventJson.mapper().readValue(record.value(), EventEnvelope.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> fieldNames(JsonNode data) {
    List<String> names = new ArrayList<>();
    data.fieldNames().forEachRemaining(names::add);
    return Set.copyOf(names);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
