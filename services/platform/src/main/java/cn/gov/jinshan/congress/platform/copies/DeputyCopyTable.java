package cn.gov.jinshan.congress.platform.copies;

import java.util.Optional;
import java.util.UUID;

/**
 * A service's own copy of the deputies (its {@code deputy_copy} table, with the columns it needs),
 * as {@link DeputyCopies} keeps it from congress.deputies.v1. The service says how a row is found,
 * made and changed; which event does what, and each event once, is the platform's.
 *
 * @param <R> the service's row (its entity)
 */
public interface DeputyCopyTable<R> {

  Optional<R> find(UUID id);

  /** A deputy registered here for the first time. */
  void insert(DeputyFacts deputy, String status);

  /** New directory data of a known deputy (a DeputyUpdated, or a DeputyRegistered again). */
  void update(R row, DeputyFacts deputy);

  void changeStatus(R row, String status);

  /**
   * The row for an update or a status change of a deputy never registered here. By default that is
   * a gap in the stream: the event fails and goes to the dead-letter topic.
   */
  default R unknown(UUID id, String congressId) {
    throw new IllegalStateException("no local copy of deputy " + id);
  }

  /**
   * A DeputyRegistered or DeputyUpdated that was applied before comes again (a redelivery or a
   * replay of the topic). By default nothing happens.
   */
  default void redelivered(R row, DeputyFacts deputy) {}
}
