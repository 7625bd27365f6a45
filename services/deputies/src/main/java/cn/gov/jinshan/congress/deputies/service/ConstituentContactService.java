package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.repository.ConstituentContactRepository;
import cn.gov.jinshan.congress.deputies.repository.ContactStationRepository;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Constituent contacts (联系群众). A deputy records and reads their own; staff all of their congress.
 * The event carries the subject, never the constituent's name.
 */
@ApplicationScoped
public class ConstituentContactService {
  private final ConstituentContactRepository contacts;
  private final ContactStationRepository stations;
  private final DeputyService deputies;
  private final ActivityService activities;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final PastEvents pastEvents;
  private final Clock clock;

  public ConstituentContactService(
      ConstituentContactRepository contacts,
      ContactStationRepository stations,
      DeputyService deputies,
      ActivityService activities,
      OutboxWriter outbox,
      CurrentUser user,
      PastEvents pastEvents,
      Clock clock) {
    this.contacts = contacts;
    this.stations = stations;
    this.deputies = deputies;
    this.activities = activities;
    this.outbox = outbox;
    this.user = user;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public ConstituentContact record(UUID deputyId, RecordConstituentContact command) {
    Deputy deputy = deputies.writable(deputyId);
    pastEvents.requireNotFuture("receivedOn", command.receivedOn());
    if (command.stationId() != null
        && stations.findInCongress(deputy.congressId(), command.stationId()).isEmpty()) {
      throw ProblemException.businessRule("station.unknown", command.stationId());
    }
    ConstituentContact contact =
        new ConstituentContact(
            deputy,
            command.stationId(),
            command.receivedOn(),
            blankToNull(command.constituentName()),
            command.subject(),
            command.content(),
            clock.instant());
    contacts.persist(contact);
    outbox.append(DeputyEvents.constituentContactRecorded(deputy, contact), user.subject());
    activities.recordFollowing(
        deputy, ActivityKind.CONSTITUENT_CONTACT, contact.receivedOn(), contact.subject());
    return contact;
  }

  @Transactional
  public List<ConstituentContact> page(
      UUID deputyId, LocalDate afterDate, UUID afterId, int limit) {
    Deputy deputy = deputies.readable(deputyId);
    return contacts.page(deputy.congressId(), deputy.id(), afterDate, afterId, limit);
  }

  @Transactional
  public ConstituentContact get(UUID id) {
    ConstituentContact contact =
        contacts
            .findInCongress(user.congressId(), id)
            .orElseThrow(() -> ProblemException.notFound("contact", id));
    try {
      deputies.readable(contact.deputyId());
    } catch (ProblemException e) {
      if (e.kind() == ProblemKind.NOT_FOUND) {
        // Another deputy's contact is absent for the caller, and named as the contact asked for,
        // not by the deputy behind it (ADR 014).
        throw ProblemException.notFound("contact", id);
      }
      throw e;
    }
    return contact;
  }

  @Transactional
  public ConstituentContact linkSuggestion(UUID id, LinkSuggestion command, String ifMatch) {
    ConstituentContact contact = get(id);
    Etags.requireMatch(ifMatch, contact.version());
    contact.linkSuggestion(command.suggestionId(), clock.instant());
    return contact;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
