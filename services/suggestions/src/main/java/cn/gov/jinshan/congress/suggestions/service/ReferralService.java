package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.service.SuggestionService.ifMatch;

import cn.gov.jinshan.congress.platform.congress.Congress;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.domain.Referral;
import cn.gov.jinshan.congress.suggestions.domain.ReferralTarget;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.DeputyCopyRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReferralRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cross-level referral (多级联动). Town staff refer a submitted or registered, not yet assigned,
 * suggestion of their congress: to the district above it, where it becomes a new submitted item
 * (links both ways, the lead and co-signers carried over where the same person is a deputy of the
 * district, the lead's name and delegation kept as text otherwise); or to the city, only recorded
 * with the city's reference. Either way the town's item ends in REFERRED and keeps its history and
 * the referral record.
 */
@ApplicationScoped
public class ReferralService {
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;
  private final DeputyCopyRepository deputies;
  private final ReferralRepository referrals;
  private final CongressScope congresses;
  private final RegistrationSession sessions;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;

  public ReferralService(
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      DeputyCopyRepository deputies,
      ReferralRepository referrals,
      CongressScope congresses,
      RegistrationSession sessions,
      OutboxWriter outbox,
      Access access,
      Today today) {
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.deputies = deputies;
    this.referrals = referrals;
    this.congresses = congresses;
    this.sessions = sessions;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
  }

  @Transactional
  public Referral refer(UUID id, ReferItem command, String ifMatch) {
    if (!access.isStaff()) {
      throw ProblemException.forbidden("forbidden");
    }
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    String parent = null;
    if (command.target() == ReferralTarget.DISTRICT) {
      parent =
          congresses
              .find(s.congressId())
              .map(Congress::parentId)
              .orElseThrow(() -> ProblemException.businessRule("referral.no-parent"));
    } else if (command.cityReference() == null || command.cityReference().isBlank()) {
      throw ProblemException.businessRule("referral.city-reference");
    }
    s.referTo(command.target(), today.now()); // state and kind: 409
    UUID referredTo = null;
    if (parent != null) {
      referredTo = copyTo(s, parent).id();
    }
    Referral referral =
        Referral.of(
            s,
            command.target(),
            parent,
            referredTo,
            command.reason(),
            command.target() == ReferralTarget.CITY ? command.cityReference() : null,
            access.actor(),
            today.now());
    referrals.persist(referral);
    outbox.append(SuggestionEvents.referred(s, referral, parent, referredTo), access.actor());
    return referral;
  }

  private Suggestion copyTo(Suggestion s, String district) {
    Optional<DeputyCopy> townLead = deputies.findInCongress(s.congressId(), s.leadDeputyId());
    Optional<DeputyCopy> districtLead =
        townLead.flatMap(d -> deputies.findByUser(district, d.userSubject()));
    int[] current = sessions.current(district);
    Suggestion copy =
        s.referredCopy(
            district,
            districtLead.map(DeputyCopy::id).orElse(s.leadDeputyId()),
            townLead.map(DeputyCopy::name).orElse(null),
            townLead.map(DeputyCopy::delegationName).orElse(null),
            current[0],
            current[1],
            today.now());
    suggestions.persist(copy);
    suggestions.flush();
    List<CoSigner> accepted =
        coSigners.ofSuggestion(s.id()).stream().filter(CoSigner::accepted).toList();
    for (CoSigner c : accepted) {
      deputies
          .findInCongress(s.congressId(), c.deputyId())
          .flatMap(d -> deputies.findByUser(district, d.userSubject()))
          .filter(d -> !d.id().equals(copy.leadDeputyId()))
          .ifPresent(d -> coSigners.persist(CoSigner.referred(c, copy, d.id())));
    }
    return copy;
  }

  @Transactional
  public List<Referral> referralsOf(UUID id) {
    Suggestion s = access.readable(id);
    return referrals.ofSuggestion(s.congressId(), s.id());
  }
}
