package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.contracts.suggestions.AttachmentAdded;
import cn.gov.jinshan.congress.contracts.suggestions.CoSignersInvited;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.ExtensionDecided;
import cn.gov.jinshan.congress.contracts.suggestions.KeySupervisionMarked;
import cn.gov.jinshan.congress.contracts.suggestions.MotionAccepted;
import cn.gov.jinshan.congress.contracts.suggestions.MotionConverted;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionMerged;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionOverdue;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReferred;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionRegistered;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReturned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import cn.gov.jinshan.congress.suggestions.domain.Contact;
import cn.gov.jinshan.congress.suggestions.domain.ExtensionRequest;
import cn.gov.jinshan.congress.suggestions.domain.ExtensionStatus;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Referral;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The one place where what happened to an item (a suggestion or motion, with its tasks, contacts,
 * replies and attachments) becomes an event of {@code congress.suggestions.v1}: a step that is
 * reached on two paths (closing after the evaluation, or without one) publishes the same payload.
 * The services append them to the outbox in their own transaction, with their actor.
 */
final class SuggestionEvents {
  private SuggestionEvents() {}

  static SuggestionSubmitted submitted(Suggestion s, List<UUID> acceptedCoSigners) {
    return new SuggestionSubmitted(
        s.id().toString(),
        s.congressId(),
        s.kind().name(),
        s.title(),
        s.leadDeputyId().toString(),
        acceptedCoSigners.stream().map(UUID::toString).toList(),
        s.submittedAt());
  }

  static SuggestionRegistered registered(Suggestion s, Instant at) {
    return new SuggestionRegistered(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        s.term(),
        s.session(),
        s.title(),
        s.leadDeputyId().toString(),
        at);
  }

  static SuggestionReturned returned(Suggestion s, Instant at) {
    return new SuggestionReturned(
        s.id().toString(),
        s.congressId(),
        s.kind().name(),
        s.leadDeputyId().toString(),
        s.returnReason(),
        at);
  }

  static SuggestionMerged merged(Suggestion s, Suggestion target, Instant at) {
    return new SuggestionMerged(
        s.id().toString(), s.congressId(), target.id().toString(), s.leadDeputyId().toString(), at);
  }

  static SuggestionAssigned assigned(Suggestion s, Collection<String> coHandlers, Instant at) {
    return new SuggestionAssigned(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        s.leadDepartmentId(),
        List.copyOf(coHandlers),
        s.dueOn(),
        at);
  }

  static MotionAccepted motionAccepted(Suggestion motion, List<UUID> coSigners, Instant at) {
    return new MotionAccepted(
        motion.id().toString(),
        motion.congressId(),
        motion.title(),
        motion.leadDeputyId().toString(),
        coSigners.stream().map(UUID::toString).toList(),
        at);
  }

  static MotionConverted motionConverted(Suggestion motion, Suggestion converted, Instant at) {
    return new MotionConverted(
        motion.id().toString(),
        motion.congressId(),
        converted.id().toString(),
        motion.leadDeputyId().toString(),
        at);
  }

  static KeySupervisionMarked keySupervisionMarked(Suggestion s, Instant at) {
    return new KeySupervisionMarked(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        s.title(),
        s.supervisingLeader(),
        s.leadDepartmentId(),
        at);
  }

  static SuggestionEvaluated evaluated(
      Suggestion s, int round, String result, SuggestionState next, Instant at) {
    return new SuggestionEvaluated(
        s.id().toString(),
        s.congressId(),
        s.leadDeputyId().toString(),
        round,
        result,
        next.name(),
        at);
  }

  /** Closed, evaluated or not: the class of the last reply and the final evaluation. */
  static SuggestionClosed closed(Suggestion s, Reply last) {
    return new SuggestionClosed(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        last.replyClass().name(),
        s.finalEvaluation().name(),
        s.closedAt());
  }

  static SuggestionOverdue overdue(Suggestion s, String threshold, Instant at) {
    return new SuggestionOverdue(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        s.leadDepartmentId(),
        threshold,
        s.dueOn(),
        at);
  }

  static SuggestionReferred referred(
      Suggestion s, Referral referral, String targetCongressId, UUID referredTo) {
    return new SuggestionReferred(
        s.id().toString(),
        s.congressId(),
        referral.targetLevel().name(),
        targetCongressId,
        referredTo == null ? null : referredTo.toString(),
        s.leadDeputyId().toString(),
        referral.reason(),
        referral.cityReference(),
        referral.referredAt());
  }

  static CoSignersInvited coSignersInvited(Suggestion s, List<UUID> invited, Instant at) {
    return new CoSignersInvited(
        s.id().toString(),
        s.congressId(),
        s.kind().name(),
        s.title(),
        s.leadDeputyId().toString(),
        invited.stream().map(UUID::toString).toList(),
        at);
  }

  static ExtensionDecided extensionDecided(Suggestion s, ExtensionRequest request) {
    return new ExtensionDecided(
        s.id().toString(),
        s.congressId(),
        s.registrationNumber(),
        request.id().toString(),
        request.departmentId(),
        request.status() == ExtensionStatus.APPROVED,
        s.dueOn(),
        request.decidedAt());
  }

  static SuggestionSentBack sentBack(Suggestion s, HandlingTask task, Instant at) {
    return new SuggestionSentBack(
        s.id().toString(),
        s.congressId(),
        task.departmentId(),
        task.role().name(),
        task.sendBackReason(),
        at);
  }

  static ContactRecorded contactRecorded(Suggestion s, Contact contact, Instant at) {
    return new ContactRecorded(
        s.id().toString(),
        s.congressId(),
        contact.id().toString(),
        contact.departmentId(),
        contact.contactedOn(),
        contact.way().name(),
        at);
  }

  static SuggestionReplied replied(
      Suggestion s, Reply reply, List<String> recipientDeputyIds, Instant at) {
    return new SuggestionReplied(
        s.id().toString(),
        s.congressId(),
        reply.id().toString(),
        reply.departmentId(),
        reply.round(),
        reply.replyClass().name(),
        reply.publishable(),
        reply.promisedOn(),
        reply.onTime(),
        recipientDeputyIds,
        at);
  }

  /** The file's description only, never its bytes. */
  static AttachmentAdded attachmentAdded(Attachment a) {
    return new AttachmentAdded(
        a.suggestionId().toString(),
        a.congressId(),
        a.id().toString(),
        a.replyId() == null ? null : a.replyId().toString(),
        a.fileName(),
        a.mediaType(),
        a.sizeBytes(),
        a.sha256(),
        a.uploadedAt());
  }
}
