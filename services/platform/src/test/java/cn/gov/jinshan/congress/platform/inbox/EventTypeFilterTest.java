package cn.gov.jinshan.congress.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class EventTypeFilterTest {
  private static final TopicPartition VOTING = new TopicPartition("congress.voting.v1", 0);
  private static final TopicPartition OTHER = new TopicPartition("congress.voting.v1", 1);

  @Test
  void shouldKeepHandledAndUnlabelledRecordsInOrderAndPassOverTheRest() {
    EventTypeFilter filter = filter(" congress.voting.BallotCast.v1 , congress.voting.Other.v1");
    ConsumerRecord<String, String> cast = record(VOTING, 1, "congress.voting.BallotCast.v1");
    ConsumerRecord<String, String> unlabelled = record(VOTING, 3, null);
    ConsumerRecord<String, String> other = record(VOTING, 4, "congress.voting.Other.v1");
    ConsumerRecords<String, String> in =
        new ConsumerRecords<>(
            Map.of(
                VOTING,
                List.of(
                    cast,
                    record(VOTING, 2, "congress.voting.VoterCheckedIn.v1"),
                    unlabelled,
                    other),
                OTHER,
                List.of(record(OTHER, 7, "congress.voting.BallotOpened.v1"))),
            Map.of(VOTING, new OffsetAndMetadata(5), OTHER, new OffsetAndMetadata(8)));

    ConsumerRecords<String, String> out = filter.onConsume(in);

    assertThat(out.records(VOTING)).containsExactly(cast, unlabelled, other);
    assertThat(out.partitions()).containsExactly(VOTING);
    assertThat(out.nextOffsets()).isEqualTo(in.nextOffsets());
  }

  @Test
  void shouldPassEverythingWhenTheChannelListsNoTypes() {
    EventTypeFilter filter = new EventTypeFilter();
    filter.configure(Map.of());
    ConsumerRecords<String, String> in =
        new ConsumerRecords<>(
            Map.of(VOTING, List.of(record(VOTING, 1, "congress.voting.VoterCheckedIn.v1"))),
            Map.of());

    assertThat(filter.onConsume(in)).isSameAs(in);
  }

  private static EventTypeFilter filter(String types) {
    EventTypeFilter filter = new EventTypeFilter();
    filter.configure(Map.of(EventTypeFilter.TYPES_CONFIG, types));
    return filter;
  }

  private static ConsumerRecord<String, String> record(
      TopicPartition partition, long offset, String type) {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "key", "{}");
    if (type != null) {
      record.headers().add(EventEnvelope.TYPE_HEADER, type.getBytes(UTF_8));
    }
    return record;
  }
}
