package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A performance review (述职评议) at a meeting: who is present may rate. */
public record OpenReview(
    @NotNull LocalDate meetingDate,
    @Size(max = 100000) String reportText,
    @NotEmpty @Size(max = 500) List<RecordAttendance.@Valid Present> attendees) {}
