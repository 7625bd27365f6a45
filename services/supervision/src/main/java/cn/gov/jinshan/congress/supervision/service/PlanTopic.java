package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Puts a topic on a plan (also the body of an update while PLANNED, where planId is ignored).
 *
 * @param departmentIds the responsible departments, as in the {@code department_id} claim
 */
public record PlanTopic(
    @NotNull UUID planId,
    @NotBlank @Size(max = 300) String title,
    @NotNull TopicKind kind,
    @NotBlank @Size(max = 100) String committee,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> departmentIds,
    LocalDate plannedMeetingDate) {}
