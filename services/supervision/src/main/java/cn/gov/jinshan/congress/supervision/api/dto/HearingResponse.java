package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Hearing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A hearing (听): the meeting, the department's report (attachments as metadata), attendance. */
public record HearingResponse(
    UUID id,
    UUID topicId,
    int round,
    LocalDate meetingDate,
    String reportText,
    String reportDepartment,
    Instant reportSubmittedAt,
    List<AttachmentResponse> attachments,
    boolean held,
    Instant heldAt,
    List<AttendeeResponse> attendees) {

  public static HearingResponse from(Hearing h) {
    return new HearingResponse(
        h.id(),
        h.topicId(),
        h.round(),
        h.meetingDate(),
        h.reportText(),
        h.reportDepartment(),
        h.reportSubmittedAt(),
        h.attachments().stream()
            .map(
                a ->
                    new AttachmentResponse(
                        a.fileName(), a.mediaType(), a.sizeBytes(), a.storageRef()))
            .toList(),
        h.isHeld(),
        h.heldAt(),
        h.attendees().stream()
            .map(a -> new AttendeeResponse(a.memberId(), a.deputyId(), a.name()))
            .toList());
  }

  /** Metadata of an attached file. */
  public record AttachmentResponse(
      String fileName, String mediaType, long sizeBytes, String storageRef) {}

  /** Someone present. */
  public record AttendeeResponse(String memberId, UUID deputyId, String name) {}
}
