package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.service.EventReading.list;

import cn.gov.jinshan.congress.notifications.domain.ItemCopy;
import java.time.LocalDate;
import java.util.List;

/** What one event changes of an item's copy (unset = unchanged). */
final class ItemChange {
  private final String id;
  private final String congressId;
  private final String kind;
  private String title;
  private String number;
  private String lead;
  private List<String> coSigners;
  private String leadDepartment;
  private List<String> coHandlers;
  private LocalDate dueOn;
  private String state;

  ItemChange(String id, String congressId, String kind) {
    this.id = id;
    this.congressId = congressId;
    this.kind = kind;
  }

  ItemChange title(String v) {
    title = v;
    return this;
  }

  ItemChange number(String v) {
    number = v;
    return this;
  }

  ItemChange lead(String v) {
    lead = v;
    return this;
  }

  ItemChange coSigners(List<String> v) {
    coSigners = list(v);
    return this;
  }

  ItemChange leadDepartment(String v) {
    leadDepartment = v;
    return this;
  }

  ItemChange coHandlers(List<String> v) {
    coHandlers = list(v);
    return this;
  }

  ItemChange dueOn(LocalDate v) {
    dueOn = v;
    return this;
  }

  ItemChange state(String v) {
    state = v;
    return this;
  }

  ItemCopy build() {
    return new ItemCopy(
        id,
        congressId,
        kind,
        title,
        number,
        lead,
        coSigners,
        leadDepartment,
        coHandlers,
        dueOn,
        state);
  }
}
