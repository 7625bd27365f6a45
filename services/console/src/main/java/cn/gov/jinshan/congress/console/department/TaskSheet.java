package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.model.Attachment;
import cn.gov.jinshan.congress.console.api.model.Contact;
import cn.gov.jinshan.congress.console.api.model.Extension;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import cn.gov.jinshan.congress.console.api.model.Task;
import cn.gov.jinshan.congress.console.deputy.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the department's task page shows: the item, the unit's own task on it, the contacts,
 * replies, attachments and extension requests so far, and which steps are open now (the API decides
 * in the end; closed steps are simply not offered).
 *
 * @param extensions the item's extension requests (read for the lead unit only, who asks for them)
 * @param formKey the Idempotency-Key base of the attachment uploads of the forms rendered now
 */
public record TaskSheet(
    Item item,
    Task task,
    List<Contact> contacts,
    List<Reply> replies,
    List<Timeline.Entry> timeline,
    List<Attachment> attachments,
    List<Extension> extensions,
    String formKey,
    LocalDate today) {

  /** The item's states in which its units handle it. */
  private static final Set<String> HANDLING = Set.of("ASSIGNED", "IN_PROGRESS", "REHANDLING");

  private boolean taskIs(String state) {
    return task != null && state.equals(task.state());
  }

  public boolean isLead() {
    return task != null && "LEAD".equals(task.role());
  }

  public boolean isCoHandler() {
    return task != null && "CO_HANDLER".equals(task.role());
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

  /** The lead unit asks for a later deadline while the item is assigned or in handling. */
  public boolean canRequestExtension() {
    return isLead()
        && (taskIs("ASSIGNED") || taskIs("SIGNED"))
        && ("ASSIGNED".equals(item.state()) || "IN_PROGRESS".equals(item.state()));
  }

  /** A co-handling unit gives its opinion to the lead unit once, after signing for the task. */
  public boolean canGiveOpinion() {
    return isCoHandler() && taskIs("SIGNED") && HANDLING.contains(item.state());
  }

  /** The co-handlers' opinions, for the lead unit who writes the reply. */
  public List<Task> coHandlerOpinions() {
    return item.taskList().stream()
        .filter(t -> "CO_HANDLER".equals(t.role()) && t.opinion() != null)
        .toList();
  }

  /** The files of the item itself (the deputy's). */
  public List<Attachment> itemAttachments() {
    return attachments.stream().filter(a -> a.replyId() == null).toList();
  }

  public List<Attachment> attachmentsOf(UUID replyId) {
    return attachments.stream().filter(a -> Objects.equals(a.replyId(), replyId)).toList();
  }

  /** The unit adds files to its reply until the deputy has evaluated it. */
  public boolean canAttachTo(Reply reply) {
    return isLead() && reply.evaluation() == null;
  }
}
