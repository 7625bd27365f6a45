package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The department reports a B-class promise fulfilled (跟踪落实). */
public record ReportFulfilled(@NotNull LocalDate fulfilledOn, @Size(max = 2000) String note) {}
