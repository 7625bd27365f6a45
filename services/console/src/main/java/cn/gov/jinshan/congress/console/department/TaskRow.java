package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.model.ItemSummary;
import java.time.LocalDate;

/** One line of the task list, marked overdue or due soon. */
public record TaskRow(ItemSummary item, boolean overdue, boolean dueSoon) {
  /** Deadlines this near count as "due soon" (the service's own warning starts 7 days before). */
  static final int DUE_SOON_DAYS = 7;

  static TaskRow of(ItemSummary item, LocalDate today) {
    boolean dueSoon =
        !item.overdue()
            && item.dueOn() != null
            && !item.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS));
    return new TaskRow(item, item.overdue(), dueSoon);
  }

  public String rowClass() {
    return "task" + (overdue ? " overdue" : dueSoon ? " due-soon" : "");
  }
}
