package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.model.Contact;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import cn.gov.jinshan.congress.console.api.model.Task;
import cn.gov.jinshan.congress.console.view.Fmt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole story of an item, oldest first: drafted, submitted, registered with its number,
 * assigned to whom, signed for or sent back, contacts, replies, evaluations, closed.
 */
public final class Timeline {
  /** One step of the story. */
  public record Entry(LocalDate on, String text) {
    public String day() {
      return Fmt.date(on);
    }
  }

  private Timeline() {}

  public static List<Entry> of(Item item, List<Contact> contacts, List<Reply> replies) {
    List<Entry> entries = new ArrayList<>();
    add(entries, day(item.createdAt()), "起草");
    add(entries, day(item.submittedAt()), "提交");
    if (item.registeredOn() != null) {
      add(
          entries,
          item.registeredOn(),
          "立案" + (item.registrationNumber() == null ? "" : "，编号 " + item.registrationNumber()));
    }
    if (item.assignedOn() != null) {
      add(
          entries,
          item.assignedOn(),
          "交办：主办单位 " + orDash(item.leadDepartmentName()) + "，办理期限 " + Fmt.date(item.dueOn()));
    }
    for (Task task : item.taskList()) {
      add(entries, day(task.signedAt()), task.departmentName() + " 签收");
      if (task.sendBackReason() != null) {
        add(entries, task.assignedOn(), task.departmentName() + " 退办，理由：" + task.sendBackReason());
      }
    }
    for (Contact contact : contacts) {
      add(
          entries,
          contact.contactedOn(),
          "承办单位与代表沟通联系（" + contact.wayLabel() + "）：" + contact.summary());
    }
    for (Reply reply : replies) {
      add(
          entries,
          reply.repliedOn(),
          reply.departmentName()
              + " 答复（第"
              + reply.roundNumber()
              + "轮，"
              + reply.replyClass()
              + "类）");
      if (reply.evaluation() != null && reply.evaluatedAt() != null) {
        add(entries, day(reply.evaluatedAt()), "代表测评：" + reply.evaluationLabel());
      }
    }
    add(entries, day(item.closedAt()), "办结");
    entries.sort(Comparator.comparing(Entry::on));
    return List.copyOf(entries);
  }

  private static void add(List<Entry> entries, LocalDate on, String text) {
    if (on != null) {
      entries.add(new Entry(on, text));
    }
  }

  private static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(Fmt.ZONE).toLocalDate();
  }

  private static String orDash(String text) {
    return text == null ? "—" : text;
  }
}
