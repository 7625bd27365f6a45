package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Records an activity by hand (a deputy for themselves, or staff for anyone). */
public record RecordActivity(
    @NotNull ActivityKind kind,
    @NotNull LocalDate occurredOn,
    @NotBlank @Size(max = 200) String title) {}
