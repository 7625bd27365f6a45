package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Changes a deputy's status; the reason is required (e.g. 辞职, 依法暂停执行代表职务). */
public record ChangeStatus(
    @NotNull DeputyStatus status,
    @NotNull LocalDate effectiveOn,
    @NotBlank @Size(max = 500) String reason) {}
