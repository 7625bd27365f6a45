package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.deputies.domain.Congress;

/**
 * The one place where a congress's record becomes an event of {@code congress.deputies.v1}: the
 * other services keep their copy of the congress tree (level, parent, current term and session)
 * from these.
 */
final class CongressEvents {
  private CongressEvents() {}

  static CongressRegistered registered(Congress c) {
    return new CongressRegistered(
        c.id(), c.name(), c.level().name(), c.parentId(), c.currentTerm(), c.currentSession());
  }

  static CongressUpdated updated(Congress c) {
    return new CongressUpdated(
        c.id(), c.name(), c.level().name(), c.parentId(), c.currentTerm(), c.currentSession());
  }
}
