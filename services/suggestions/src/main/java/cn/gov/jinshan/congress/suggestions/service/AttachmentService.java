package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import cn.gov.jinshan.congress.suggestions.domain.AttachmentContent;
import cn.gov.jinshan.congress.suggestions.domain.AttachmentType;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.AttachmentContentRepository;
import cn.gov.jinshan.congress.suggestions.repository.AttachmentRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Attachments (附件): the lead deputy attaches files to an item while it can be edited; the
 * department that gave a reply attaches files to it until the reply is evaluated. Whoever reads the
 * item reads its attachments, and nobody else: each read goes through the item's access check. Each
 * stored file publishes AttachmentAdded (its description, never its bytes) through the outbox.
 */
@ApplicationScoped
public class AttachmentService {
  private final AttachmentRepository attachments;
  private final AttachmentContentRepository contents;
  private final ReplyRepository replies;
  private final Access access;
  private final Today today;
  private final SuggestionsConfig.AttachmentsConfig limits;
  private final OutboxWriter outbox;

  public AttachmentService(
      AttachmentRepository attachments,
      AttachmentContentRepository contents,
      ReplyRepository replies,
      Access access,
      Today today,
      SuggestionsConfig config,
      OutboxWriter outbox) {
    this.outbox = outbox;
    this.attachments = attachments;
    this.contents = contents;
    this.replies = replies;
    this.access = access;
    this.today = today;
    this.limits = config.attachments();
  }

  /** An uploaded file: the name the client gave, its bytes and their SHA-256 (hex). */
  public record Upload(String fileName, byte[] content, String sha256) {
    public static Upload of(String fileName, byte[] content) {
      return new Upload(fileName, content, AttachmentService.sha256(content));
    }
  }

  /**
   * Attaches a file to the item, or to one of its replies when {@code replyId} is given. The item
   * row is locked, so that concurrent uploads cannot pass the per-item limit together.
   */
  @Transactional
  public Attachment attach(UUID suggestionId, UUID replyId, Upload upload) {
    AttachmentType type = checked(upload.content());
    Suggestion item = access.lockedReadable(suggestionId);
    if (replyId == null) {
      access.requireLead(item);
      item.requireOpenForAttachments();
    } else {
      requireOwnOpenReply(item, replyId);
    }
    long present = attachments.countOf(item.congressId(), item.id());
    if (present >= limits.maxPerItem()) {
      throw ProblemException.businessRule("attachment.too-many", present);
    }
    Attachment attachment =
        Attachment.of(
            item,
            replyId,
            FileNames.safe(upload.fileName(), type),
            type,
            upload.content().length,
            upload.sha256(),
            access.actor(),
            today.now());
    attachments.persist(attachment);
    contents.persist(new AttachmentContent(attachment.id(), upload.content()));
    // same transaction: the event goes out exactly when the file is stored; never the bytes
    outbox.append(SuggestionEvents.attachmentAdded(attachment), access.actor());
    item.touch(today.now()); // the item's ETag changes with what belongs to it
    return attachment;
  }

  /** The item's attachments, its replies' included, oldest first. */
  @Transactional
  public List<Attachment> of(UUID suggestionId) {
    return of(access.readable(suggestionId));
  }

  /** The attachments of an item whose reading the caller has already been checked for. */
  List<Attachment> of(Suggestion readable) {
    return attachments.ofSuggestion(readable.congressId(), readable.id());
  }

  /** One attachment with its bytes. */
  @Transactional
  public Download download(UUID suggestionId, UUID attachmentId) {
    Suggestion item = access.readable(suggestionId);
    Attachment attachment =
        attachments
            .ofSuggestion(item.congressId(), item.id(), attachmentId)
            .orElseThrow(() -> ProblemException.notFound("attachment", attachmentId));
    return new Download(attachment, contents.findById(attachment.id()).content());
  }

  /** An attachment and its bytes. */
  public record Download(Attachment attachment, byte[] content) {}

  /** The size limit first (cheap), then the type from the content. */
  private AttachmentType checked(byte[] content) {
    if (content.length == 0) {
      throw ProblemException.badRequest("attachment.empty");
    }
    if (content.length > limits.maxBytes()) {
      throw tooLarge(content.length);
    }
    return AttachmentType.of(content)
        .orElseThrow(
            () -> new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "attachment.type"));
  }

  public ProblemException tooLarge(long size) {
    return new ProblemException(
        ProblemKind.PAYLOAD_TOO_LARGE, "attachment.too-large", size, limits.maxBytes());
  }

  public int maxBytes() {
    return limits.maxBytes();
  }

  private void requireOwnOpenReply(Suggestion item, UUID replyId) {
    Reply reply =
        replies
            .findByIdOptional(replyId)
            .filter(r -> r.suggestionId().equals(item.id()))
            .orElseThrow(() -> ProblemException.notFound("reply", replyId));
    if (!reply.departmentId().equals(access.department())) {
      throw ProblemException.forbidden("attachment.not-reply-department");
    }
    if (reply.evaluation() != null) {
      throw ProblemException.invalidState("attachment.reply-evaluated");
    }
  }

  /** The hex SHA-256 of the content (stored, served as ETag, part of the idempotency key). */
  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
