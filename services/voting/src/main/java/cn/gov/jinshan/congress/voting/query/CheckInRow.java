package cn.gov.jinshan.congress.voting.query;

import java.time.Instant;
import java.util.UUID;

/** One check-in. */
public record CheckInRow(UUID deputyId, String name, Instant checkedInAt, boolean byStaff) {}
