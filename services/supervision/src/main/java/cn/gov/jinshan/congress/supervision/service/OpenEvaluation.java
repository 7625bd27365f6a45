package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.EvaluationSubject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Opens a satisfaction evaluation. Of the REPORT: at the hearing, the members present there rate
 * (meetingDate and attendees are taken from the hearing). Of the RECTIFICATION: at a later meeting,
 * give its date and attendance.
 */
public record OpenEvaluation(
    @NotNull EvaluationSubject subject,
    LocalDate meetingDate,
    @Size(max = 500) List<RecordAttendance.@Valid Present> attendees) {}
