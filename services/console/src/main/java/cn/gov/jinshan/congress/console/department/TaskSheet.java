package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.model.Contact;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import cn.gov.jinshan.congress.console.api.model.Task;
import cn.gov.jinshan.congress.console.deputy.Timeline;
import java.time.LocalDate;
import java.util.List;

/**
 * What the department's task page shows: the item, the unit's own task on it, the contacts and
 * replies so far, and which steps are open now (the API decides in the end; closed steps are simply
 * not offered).
 */
public record TaskSheet(
    Item item,
    Task task,
    List<Contact> contacts,
    List<Reply> replies,
    List<Timeline.Entry> timeline,
    LocalDate today) {

  private boolean taskIs(String state) {
    return task != null && state.equals(task.state());
  }

  public boolean isLead() {
    return task != null && "LEAD".equals(task.role());
  }

  public boolean canSignFor() {
    return taskIs("ASSIGNED");
  }

  public boolean canSendBack() {
    return (taskIs("ASSIGNED") || taskIs("SIGNED"))
        && (task.sendBackUntil() == null || !today.isAfter(task.sendBackUntil()));
  }

  public boolean canRecordContact() {
    return taskIs("SIGNED");
  }

  public boolean canReply() {
    return isLead()
        && taskIs("SIGNED")
        && ("IN_PROGRESS".equals(item.state()) || "REHANDLING".equals(item.state()));
  }
}
