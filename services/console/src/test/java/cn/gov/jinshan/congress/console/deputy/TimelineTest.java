package cn.gov.jinshan.congress.console.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Reply reply(int apiRound, LocalDate on) {
    return new Reply(
        UUID.randomUUID(),
        "区交通委",
        apiRound,
        "B",
        "B类",
        "答复",
        true,
        null,
        "张三",
        on,
        null,
        null,
        null,
        null);
  }

  @Test
  void shouldCountReplyRoundsFromOneAsPeopleDo() {
    Item item =
        new Item(
            UUID.randomUUID(),
            "SUGGESTION",
            "建议",
            "标题",
            "内容",
            "TRAFFIC",
            "交通",
            "REHANDLING",
            "办理中",
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            1,
            null,
            Instant.parse("2025-03-01T02:00:00Z"),
            null,
            Instant.parse("2025-03-01T01:00:00Z"));

    List<Timeline.Entry> entries =
        Timeline.of(
            item,
            List.of(),
            List.of(reply(0, LocalDate.of(2025, 4, 1)), reply(1, LocalDate.of(2025, 5, 1))));

    assertThat(entries)
        .extracting(Timeline.Entry::text)
        .contains("区交通委 答复（第1轮，B类）", "区交通委 答复（第2轮，B类）")
        .noneMatch(text -> text.contains("第0轮"));
  }
}
