package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.model.ItemSummary;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One line of the task list, marked overdue or due soon. */
public record TaskRow(ItemSummary item, boolean overdue, boolean dueSoon) {
  /** Deadlines this near count as "due soon" (the service's own warning starts 7 days before). */
  static final int DUE_SOON_DAYS = 7;

  /** Rows per page of the task list; further pages follow the API's keyset token. */
  static final int PAGE_SIZE = 50;

  /**
   * States in which the unit still has work to do (the service's handling states); replied and
   * closed items stay listed, after them, so the unit can look a reply up.
   */
  static final Set<String> OPEN = Set.of("ASSIGNED", "IN_PROGRESS", "REHANDLING");

  /**
   * A page's rows with the open tasks first, each group by deadline as the API sorted it. The API
   * filters by one state only, so the grouping is per page and the pages follow the deadline.
   */
  static List<TaskRow> openFirst(List<ItemSummary> items, LocalDate today) {
    return items.stream()
        .sorted(Comparator.comparing((ItemSummary i) -> !isOpen(i)))
        .map(i -> of(i, today))
        .toList();
  }

  public boolean open() {
    return isOpen(item);
  }

  private static boolean isOpen(ItemSummary item) {
    // Set.of refuses to look up null
    return item.state() != null && OPEN.contains(item.state());
  }

  static TaskRow of(ItemSummary item, LocalDate today) {
    boolean dueSoon =
        !item.overdue()
            && isOpen(item)
            && item.dueOn() != null
            && !item.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS));
    return new TaskRow(item, item.overdue(), dueSoon);
  }

  public String rowClass() {
    return "task" + (overdue ? " overdue" : dueSoon ? " due-soon" : "");
  }
}
