package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.Delegation;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyDetails;
import cn.gov.jinshan.congress.deputies.domain.DeputyProfile;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import cn.gov.jinshan.congress.deputies.query.DeputySearch;
import cn.gov.jinshan.congress.deputies.repository.DelegationRepository;
import cn.gov.jinshan.congress.deputies.repository.DeputyRepository;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Use cases on deputies. Staff and admins manage; a deputy reads and edits their own profile. */
@ApplicationScoped
public class DeputyService {
  private final DeputyRepository deputies;
  private final DelegationRepository delegations;
  private final CongressService congresses;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final PastEvents pastEvents;
  private final Clock clock;

  public DeputyService(
      DeputyRepository deputies,
      DelegationRepository delegations,
      CongressService congresses,
      OutboxWriter outbox,
      CurrentUser user,
      PastEvents pastEvents,
      Clock clock) {
    this.deputies = deputies;
    this.delegations = delegations;
    this.congresses = congresses;
    this.outbox = outbox;
    this.user = user;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public Deputy register(RegisterDeputy command) {
    if (command.id() != null && deputies.findById(command.id()) != null) {
      throw ProblemException.conflict("deputy.exists", command.id());
    }
    if (command.personId() != null && deputies.count("personId", command.personId()) == 0) {
      throw ProblemException.businessRule("person.unknown", command.personId());
    }
    Deputy deputy =
        Deputy.register(
            command.id(),
            command.personId(),
            user.congressId(),
            details(command),
            profile(command),
            now());
    deputies.persist(deputy);
    outbox.append(DeputyEvents.registered(deputy), user.subject());
    return deputy;
  }

  @Transactional
  public Deputy update(UUID id, RegisterDeputy command, String ifMatch) {
    Deputy deputy = require(id);
    Etags.requireMatch(ifMatch, deputy.version());
    deputy.update(details(command), now());
    outbox.append(DeputyEvents.updated(deputy), user.subject());
    return deputy;
  }

  /** A deputy edits their own profile; staff and admins may edit anyone's. */
  @Transactional
  public Deputy updateProfile(UUID id, UpdateProfile command, String ifMatch) {
    Deputy deputy = writable(id);
    Etags.requireMatch(ifMatch, deputy.version());
    deputy.updateProfile(
        new DeputyProfile(
            command.phone(), command.email(), command.occupation(), command.biography()),
        now());
    outbox.append(DeputyEvents.updated(deputy), user.subject());
    return deputy;
  }

  @Transactional
  public Deputy changeStatus(UUID id, ChangeStatus command, String ifMatch) {
    Deputy deputy = require(id);
    Etags.requireMatch(ifMatch, deputy.version());
    // the change of status is recorded when it has happened, not announced ahead
    pastEvents.requireNotFuture("effectiveOn", command.effectiveOn());
    DeputyStatus previous =
        deputy.changeStatus(command.status(), command.effectiveOn(), command.reason(), now());
    outbox.append(DeputyEvents.statusChanged(deputy, previous), user.subject());
    return deputy;
  }

  /**
   * Staff and admins read any deputy of their congress, and with the cross-congress role those of
   * the congresses below it; a deputy reads only themselves. Deputies of other congresses, and for
   * a deputy every other deputy, are as good as absent (404, ADR 014).
   */
  @Transactional
  public Deputy readable(UUID id) {
    Deputy deputy =
        deputies
            .findByIdOptional(id)
            .filter(d -> visible(d.congressId()))
            .orElseThrow(() -> ProblemException.notFound("deputy", id));
    if (!user.hasAnyRole(Roles.STAFF, Roles.ADMIN) && !isSelf(deputy)) {
      throw ProblemException.notFound("deputy", id);
    }
    return deputy;
  }

  /**
   * Like {@link #readable}, but only in the caller's own congress: reading across is not writing.
   */
  @Transactional
  public Deputy writable(UUID id) {
    Deputy deputy = readable(id);
    if (!deputy.congressId().equals(user.congressId())) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return deputy;
  }

  /** All memberships of the person behind a deputy the caller may read. */
  @Transactional
  public List<Deputy> memberships(UUID id) {
    return deputies.memberships(readable(id).personId());
  }

  private boolean isSelf(Deputy deputy) {
    return deputy.congressId().equals(user.congressId())
        && user.deputyId().map(deputy.id()::equals).orElse(false);
  }

  private boolean visible(String congressId) {
    if (congressId.equals(user.congressId())) {
      return true;
    }
    try {
      return congresses.readableCongress(congressId).equals(congressId);
    } catch (ProblemException notBelowOwn) {
      return false;
    }
  }

  /** The deputy record of the calling user. */
  @Transactional
  public Deputy me() {
    UUID id = user.deputyId().orElseThrow(() -> ProblemException.notFound("deputy", "me"));
    return require(id);
  }

  @Transactional
  public List<Deputy> search(DeputySearch search, int limit) {
    return deputies.search(search, limit);
  }

  Deputy require(UUID id) {
    return deputies
        .findInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("deputy", id));
  }

  private DeputyDetails details(RegisterDeputy command) {
    Delegation delegation =
        delegations
            .findInCongress(user.congressId(), command.delegationId())
            .orElseThrow(
                () -> ProblemException.businessRule("delegation.unknown", command.delegationId()));
    return new DeputyDetails(
        command.name(),
        command.gender(),
        command.birthYear(),
        command.party(),
        command.occupation(),
        command.level(),
        command.term(),
        delegation,
        blankToNull(command.userSubject()));
  }

  private static DeputyProfile profile(RegisterDeputy command) {
    return new DeputyProfile(command.phone(), command.email(), null, command.biography());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Instant now() {
    return clock.instant();
  }
}
