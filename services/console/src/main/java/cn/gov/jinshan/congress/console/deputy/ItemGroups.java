package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.model.ItemSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deputy's items grouped the way deputies think of them, not by the service's finer states. */
public final class ItemGroups {
  /** One group of the list; empty groups are shown too, so the page always has the same shape. */
  public record Group(String id, String label, List<ItemSummary> items) {}

  private static final Map<String, String> GROUP_OF_STATE =
      Map.ofEntries(
          Map.entry("DRAFT", "drafts"),
          Map.entry("RETURNED", "drafts"),
          Map.entry("SUBMITTED", "submitted"),
          Map.entry("REGISTERED", "submitted"),
          Map.entry("ACCEPTED", "submitted"),
          Map.entry("REFERRED", "submitted"),
          Map.entry("ASSIGNED", "handling"),
          Map.entry("IN_PROGRESS", "handling"),
          Map.entry("REHANDLING", "handling"),
          Map.entry("REPLIED", "to-evaluate"),
          Map.entry("CLOSED", "closed"),
          Map.entry("MERGED", "closed"),
          Map.entry("CONVERTED", "closed"));

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("drafts", "草稿");
    LABELS.put("submitted", "已提交");
    LABELS.put("handling", "办理中");
    LABELS.put("to-evaluate", "待评价");
    LABELS.put("closed", "已办结");
  }

  private ItemGroups() {}

  public static List<Group> of(List<ItemSummary> items) {
    Map<String, List<ItemSummary>> byGroup = new LinkedHashMap<>();
    LABELS.keySet().forEach(id -> byGroup.put(id, new ArrayList<>()));
    for (ItemSummary item : items) {
      byGroup.get(GROUP_OF_STATE.getOrDefault(item.state(), "submitted")).add(item);
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((id, list) -> groups.add(new Group(id, LABELS.get(id), List.copyOf(list))));
    return groups;
  }
}
