package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.contracts.deputies.ActivityRecorded;
import cn.gov.jinshan.congress.contracts.deputies.ConstituentContactRecorded;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.deputies.domain.Activity;
import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;

/**
 * The one place where what happened to a deputy (their record, status, activities and the opinions
 * they received) becomes an event of {@code congress.deputies.v1}, keyed by the deputy. The
 * services append them to the outbox in their own transaction, with their actor.
 */
final class DeputyEvents {
  private DeputyEvents() {}

  static DeputyRegistered registered(Deputy d) {
    return new DeputyRegistered(
        d.id().toString(),
        d.congressId(),
        d.name(),
        d.gender().name(),
        d.level().name(),
        d.term(),
        d.delegation().id().toString(),
        d.delegation().name(),
        d.status().name(),
        d.userSubject());
  }

  static DeputyUpdated updated(Deputy d) {
    return new DeputyUpdated(
        d.id().toString(),
        d.congressId(),
        d.name(),
        d.gender().name(),
        d.level().name(),
        d.term(),
        d.delegation().id().toString(),
        d.delegation().name(),
        d.userSubject());
  }

  static DeputyStatusChanged statusChanged(Deputy d, DeputyStatus previous) {
    return new DeputyStatusChanged(
        d.id().toString(),
        d.congressId(),
        previous.name(),
        d.status().name(),
        d.statusChangedOn(),
        d.statusReason());
  }

  static ActivityRecorded activityRecorded(Activity a) {
    return new ActivityRecorded(
        a.id().toString(),
        a.deputyId().toString(),
        a.congressId(),
        a.kind().name(),
        a.occurredOn(),
        a.title(),
        a.sourceEventId());
  }

  static ConstituentContactRecorded constituentContactRecorded(
      Deputy deputy, ConstituentContact contact) {
    return new ConstituentContactRecorded(
        contact.id().toString(),
        deputy.id().toString(),
        deputy.congressId(),
        contact.stationId() == null ? null : contact.stationId().toString(),
        contact.receivedOn(),
        contact.subject());
  }
}
