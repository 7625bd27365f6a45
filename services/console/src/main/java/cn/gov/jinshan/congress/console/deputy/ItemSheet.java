package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.model.Attachment;
import cn.gov.jinshan.congress.console.api.model.CoSigner;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.api.model.Reply;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the deputy's item page shows: the item, its ETag (sent back as If-Match), the timeline, the
 * replies, and which of the deputy's actions are open now.
 */
public record ItemSheet(
    Item item,
    String etag,
    List<Timeline.Entry> timeline,
    List<Reply> replies,
    List<Attachment> attachments,
    String me) {

  /** A motion needs this many deputies (the lead included) before it can be submitted. */
  static final int MOTION_MINIMUM_SIGNERS = 10;

  public boolean isLead() {
    return me != null && item.leadDeputy() != null && me.equals(str(item.leadDeputy().id()));
  }

  public boolean canSubmit() {
    return isLead() && ("DRAFT".equals(item.state()) || "RETURNED".equals(item.state()));
  }

  /** The lead edits the title, content and category while it is a draft or returned to them. */
  public boolean canEdit() {
    return canSubmit();
  }

  /** The files of the item itself. */
  public List<Attachment> itemAttachments() {
    return attachments.stream().filter(a -> a.replyId() == null).toList();
  }

  public List<Attachment> attachmentsOf(UUID replyId) {
    return attachments.stream().filter(a -> Objects.equals(a.replyId(), replyId)).toList();
  }

  public boolean canEvaluate() {
    return isLead() && "REPLIED".equals(item.state());
  }

  /** The deputy is invited to co-sign and has not answered yet. */
  public boolean isInvited() {
    return myCoSigning().map(c -> "INVITED".equals(c.status())).orElse(false);
  }

  public boolean isMotion() {
    return "MOTION".equals(item.kind());
  }

  /** How many more co-signers a motion needs (accepted ones count), 0 when it has enough. */
  public int coSignersStillNeeded() {
    long accepted = item.coSignerList().stream().filter(c -> "ACCEPTED".equals(c.status())).count();
    return (int) Math.max(0, MOTION_MINIMUM_SIGNERS - 1 - accepted);
  }

  private Optional<CoSigner> myCoSigning() {
    return item.coSignerList().stream()
        .filter(c -> c.deputy() != null && me != null && me.equals(str(c.deputy().id())))
        .findFirst();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
