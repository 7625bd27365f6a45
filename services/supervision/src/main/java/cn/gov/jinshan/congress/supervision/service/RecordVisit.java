package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.VisitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A research or inspection visit (看): where, when, who took part, what was found. */
public record RecordVisit(
    @NotNull VisitKind kind,
    @NotNull LocalDate visitedOn,
    @NotBlank @Size(max = 200) String place,
    @Size(max = 10000) String findings,
    @Size(max = 500) List<@NotNull UUID> deputyIds,
    @Size(max = 200) List<@NotBlank @Size(max = 100) String> memberIds) {}
