package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.CommitteeMember;
import cn.gov.jinshan.congress.supervision.repository.CommitteeMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Standing Committee's members per term: staff keep the list, front ends offer it, and
 * attendance and ratings must name members serving on the day.
 */
@ApplicationScoped
public class CommitteeMemberService {
  private final CommitteeMemberRepository members;
  private final CurrentUser user;
  private final CongressScope scope;
  private final PastEvents pastEvents;
  private final Clock clock;

  public CommitteeMemberService(
      CommitteeMemberRepository members,
      CurrentUser user,
      CongressScope scope,
      PastEvents pastEvents,
      Clock clock) {
    this.members = members;
    this.user = user;
    this.scope = scope;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public CommitteeMember register(RegisterMember command) {
    String congress = user.congressId();
    if (members.exists(congress, command.memberId().strip(), command.term())) {
      throw ProblemException.conflict("member.exists", command.memberId(), command.term());
    }
    CommitteeMember member =
        CommitteeMember.register(
            congress,
            command.memberId(),
            command.name(),
            command.term(),
            command.servesFrom(),
            command.servesUntil(),
            clock.instant());
    members.persistAndFlush(member); // a racing duplicate hits the unique constraint: 409
    return member;
  }

  @Transactional
  public CommitteeMember update(UUID id, RegisterMember command, String ifMatch) {
    CommitteeMember member =
        members
            .findInCongress(user.congressId(), id)
            .orElseThrow(() -> ProblemException.notFound("member", id));
    Etags.requireMatch(ifMatch, member.version());
    member.update(command.name(), command.servesFrom(), command.servesUntil(), clock.instant());
    return member;
  }

  /** Members serving today unless {@code all}; of one term when given. */
  @Transactional
  public List<CommitteeMember> list(
      String congressId, boolean all, Integer term, String afterName, UUID afterId, int limit) {
    return members.list(
        scope.readable(congressId),
        all ? null : pastEvents.today(),
        term,
        afterName,
        afterId,
        limit);
  }

  /** Refuses (422, naming them) subjects that are not members of the congress on that day. */
  public void requireServing(String congressId, Collection<String> memberIds, LocalDate day) {
    Set<String> wanted = new LinkedHashSet<>(memberIds);
    wanted.removeAll(members.servingOn(congressId, wanted, day));
    if (!wanted.isEmpty()) {
      throw ProblemException.businessRule("member.not-current", String.join(", ", wanted));
    }
  }

  /** Refuses (422) a rater who is not a member of the congress today. */
  public void requireServingRater(String congressId, String memberId) {
    if (members.servingOn(congressId, List.of(memberId), pastEvents.today()).isEmpty()) {
      throw ProblemException.businessRule("member.rater.not-current");
    }
  }
}
