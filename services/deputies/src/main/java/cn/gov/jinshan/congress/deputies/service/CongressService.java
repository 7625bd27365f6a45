package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.Congress;
import cn.gov.jinshan.congress.deputies.repository.CongressRepository;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The congresses the platform serves (admin manages them) and the cross-congress read rule: a user
 * with {@link Roles#CROSS_CONGRESS} reads the congresses whose parent is their own.
 */
@ApplicationScoped
public class CongressService {
  /** The actor of the registrations published at startup, not on a user's request. */
  static final String ANNOUNCER_ACTOR = "deputies-congress-announcer";

  private final CongressRepository congresses;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;

  public CongressService(
      CongressRepository congresses, OutboxWriter outbox, CurrentUser user, Clock clock) {
    this.congresses = congresses;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public Congress register(RegisterCongress command) {
    if (congresses.findById(command.id()) != null) {
      throw ProblemException.conflict("congress.exists", command.id());
    }
    if (command.parentId() != null && congresses.findById(command.parentId()) == null) {
      throw ProblemException.businessRule("congress.unknown", command.parentId());
    }
    Congress congress =
        new Congress(
            command.id(),
            command.name(),
            command.level(),
            command.parentId(),
            command.currentTerm(),
            command.currentSession(),
            clock.instant());
    // Marked before it is first written, so that the new row starts at version 0.
    announce(congress, user.subject());
    congresses.persist(congress);
    return congress;
  }

  /**
   * Publishes the registration of every congress that has not been announced yet: the reference
   * congresses a migration inserted. Locked rows are skipped, so two instances starting together
   * announce each congress once.
   *
   * @return how many were announced
   */
  @Transactional
  public int announceUnannounced() {
    List<Congress> pending = congresses.lockUnannounced();
    pending.forEach(congress -> announce(congress, ANNOUNCER_ACTOR));
    return pending.size();
  }

  private void announce(Congress congress, String actor) {
    outbox.append(CongressEvents.registered(congress), actor);
    congress.announced(clock.instant());
  }

  @Transactional
  public Congress update(String id, UpdateCongress command, String ifMatch) {
    Congress congress = get(id);
    Etags.requireMatch(ifMatch, congress.version());
    congress.update(
        command.name(), command.currentTerm(), command.currentSession(), clock.instant());
    outbox.append(CongressEvents.updated(congress), user.subject());
    return congress;
  }

  @Transactional
  public Congress get(String id) {
    Congress congress = congresses.findById(id);
    if (congress == null) {
      throw ProblemException.notFound("congress", id);
    }
    return congress;
  }

  @Transactional
  public List<Congress> list() {
    return congresses.listAll();
  }

  /**
   * The congress whose data the caller reads: their own when none is asked for; another one only
   * with the cross-congress role and when it is directly below their own.
   */
  @Transactional
  public String readableCongress(String requested) {
    String own = user.congressId();
    if (requested == null || requested.equals(own)) {
      return own;
    }
    Congress target = congresses.findById(requested);
    if (!user.hasRole(Roles.CROSS_CONGRESS) || target == null || !own.equals(target.parentId())) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return requested;
  }
}
