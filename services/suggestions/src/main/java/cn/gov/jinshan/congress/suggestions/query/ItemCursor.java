package cn.gov.jinshan.congress.suggestions.query;

import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the next page of a list starts: the sort keys of the last item shown. Every sort's keys are
 * kept, so one cursor type serves all of them; {@code sequence} and {@code dueOn} are null for an
 * item without a number or a deadline, which places the cursor among the items that lack the key.
 */
public record ItemCursor(
    Instant createdAt, UUID id, int term, int session, Integer sequence, LocalDate dueOn) {

  public ItemCursor {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after {@code last}. */
  public static ItemCursor after(Suggestion last) {
    return new ItemCursor(
        last.createdAt(),
        last.id(),
        last.term(),
        last.session(),
        last.registrationSequence(),
        last.dueOn());
  }
}
