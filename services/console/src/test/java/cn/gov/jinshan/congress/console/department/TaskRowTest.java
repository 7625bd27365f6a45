package cn.gov.jinshan.congress.console.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.console.api.model.ItemSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskRowTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static ItemSummary item(String title, String state, LocalDate dueOn) {
    return new ItemSummary(
        UUID.randomUUID(),
        "SUGGESTION",
        title,
        "交通",
        state,
        state,
        null,
        null,
        "区交通委",
        dueOn,
        false,
        null);
  }

  @Test
  void shouldListOpenTasksBeforeRepliedAndClosedOnesEachByDeadline() {
    List<TaskRow> rows =
        TaskRow.openFirst(
            List.of(
                item("已办结", "CLOSED", TODAY.minusDays(30)),
                item("已答复", "REPLIED", TODAY.minusDays(20)),
                item("办理中", "IN_PROGRESS", TODAY.plusDays(3)),
                item("新交办", "ASSIGNED", TODAY.plusDays(60)),
                item("重新办理", "REHANDLING", TODAY.plusDays(90))),
            TODAY);

    assertThat(rows)
        .extracting(r -> r.item().title())
        .containsExactly("办理中", "新交办", "重新办理", "已办结", "已答复");
    assertThat(rows.get(0).rowClass()).isEqualTo("task due-soon");
    assertThat(rows.get(3).open()).isFalse();
    assertThat(rows.get(3).rowClass()).as("a closed item is not due").isEqualTo("task");
  }
}
