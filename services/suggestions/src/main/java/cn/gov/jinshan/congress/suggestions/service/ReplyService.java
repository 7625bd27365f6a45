package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.domain.TaskRole;
import cn.gov.jinshan.congress.suggestions.repository.ContactRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The lead unit's reply (答复) and its follow-up (跟踪落实), and the replies an item shows. */
@ApplicationScoped
public class ReplyService {
  private final ReplyRepository replies;
  private final ContactRepository contacts;
  private final ReplyRecipients recipients;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final PastEvents pastEvents;

  public ReplyService(
      ReplyRepository replies,
      ContactRepository contacts,
      ReplyRecipients recipients,
      OutboxWriter outbox,
      Access access,
      Today today,
      PastEvents pastEvents) {
    this.replies = replies;
    this.contacts = contacts;
    this.recipients = recipients;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.pastEvents = pastEvents;
  }

  /** 答复: only the lead department, only after it recorded a contact with the deputy. */
  @Transactional
  public Reply reply(UUID id, PostReply command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTask(s);
    if (task.role() != TaskRole.LEAD) {
      throw ProblemException.forbidden("reply.lead-only");
    }
    s.requireReplyable();
    if (!contacts.hasContactBy(s.id(), task.departmentId())) {
      throw ProblemException.businessRule("reply.no-contact");
    }
    int round = s.replyRound();
    boolean onTime = s.replied(today.date(), today.deadlines(), today.now());
    Reply reply =
        Reply.post(
            s,
            command.replyClass(),
            command.text(),
            command.publishable(),
            command.promisedOn(),
            command.signedBy(),
            today.date(),
            onTime,
            today.now());
    if (reply.round() != round) {
      throw new IllegalStateException("reply round moved");
    }
    replies.persist(reply);
    outbox.append(
        SuggestionEvents.replied(s, reply, recipients.of(s), today.now()), access.actor());
    return reply;
  }

  /** 跟踪落实: the lead department reports the promise of a B-class reply fulfilled. */
  @Transactional
  public Reply reportFulfilled(UUID id, ReportFulfilled command) {
    Suggestion s = access.lockedReadable(id);
    HandlingTask task = access.ownTaskOrFormer(s);
    if (task.role() != TaskRole.LEAD) {
      throw ProblemException.forbidden("reply.lead-only");
    }
    Reply last =
        replies
            .latest(s.id())
            .orElseThrow(() -> ProblemException.businessRule("follow-up.no-reply"));
    pastEvents.requireNotFuture("fulfilledOn", command.fulfilledOn());
    last.fulfilled(command.fulfilledOn());
    s.touch(today.now());
    return last;
  }

  /** Replies; for a merged item those of the item it was merged into (each author gets one). */
  @Transactional
  public List<Reply> repliesOf(UUID id) {
    return repliesOf(access.readable(id));
  }

  /** The replies of an item whose reading the caller has already been checked for. */
  List<Reply> repliesOf(Suggestion s) {
    UUID source = s.state() == SuggestionState.MERGED ? s.mergedIntoId() : s.id();
    return replies.ofSuggestion(source);
  }
}
