package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.domain.Named;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.query.SuggestionSearch;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.DeputyCopyRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The deputy's side: drafts, co-signing, submission; and reading items and lists. */
@ApplicationScoped
public class SuggestionService {
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;
  private final DeputyCopyRepository deputies;
  private final TaskRepository tasks;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;
  private final SuggestionsConfig config;
  private final RegistrationSession sessions;
  private final DepartmentService departments;

  public SuggestionService(
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      DeputyCopyRepository deputies,
      TaskRepository tasks,
      OutboxWriter outbox,
      Access access,
      Today today,
      SuggestionsConfig config,
      RegistrationSession sessions,
      DepartmentService departments) {
    this.departments = departments;
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.deputies = deputies;
    this.tasks = tasks;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
    this.config = config;
    this.sessions = sessions;
  }

  /**
   * A deputy who is ACTIVE in the local copy writes a new draft. Its view is built from what this
   * transaction holds: a new draft has no co-signers, tasks or merged items to read back.
   */
  @Transactional
  public SuggestionView create(DraftSuggestion command) {
    UUID me = access.deputy();
    DeputyCopy lead = requireActive(me);
    int[] current = sessions.current(access.congressId());
    Suggestion s =
        Suggestion.draft(
            access.congressId(),
            command.kind(),
            me,
            command.title(),
            command.content(),
            command.category(),
            current[0],
            current[1],
            today.now());
    suggestions.persist(s);
    return new SuggestionView(
        s, Map.of(me, lead), List.of(), List.of(), List.of(), today.date(), DepartmentNames.NONE);
  }

  @Transactional
  public Suggestion update(UUID id, DraftSuggestion command, String ifMatch) {
    Suggestion s = access.writable(id);
    access.requireLead(s);
    Etags.requireMatch(ifMatch, s.version());
    if (command.kind() != s.kind()) {
      throw ProblemException.businessRule("suggestion.kind-fixed", s.kind());
    }
    s.edit(command.title(), command.content(), command.category(), today.now());
    return s;
  }

  @Transactional
  public SuggestionView invite(UUID id, InviteCoSigners command) {
    Suggestion s = access.writable(id);
    access.requireLead(s);
    s.requireOpenForCoSigning();
    List<UUID> invited = new ArrayList<>();
    for (UUID deputyId : new LinkedHashSet<>(command.deputyIds())) {
      requireActive(deputyId);
      if (coSigners.find(id, deputyId).isEmpty()) {
        coSigners.persist(CoSigner.invite(s, deputyId, today.now()));
        invited.add(deputyId);
      }
    }
    s.touch(today.now());
    if (!invited.isEmpty()) {
      outbox.append(SuggestionEvents.coSignersInvited(s, invited, today.now()), access.actor());
    }
    return view(s);
  }

  /** The invited deputy themselves accepts (must be ACTIVE) or declines. */
  @Transactional
  public SuggestionView answer(UUID id, UUID deputyId, boolean accept) {
    Suggestion s = access.writable(id);
    if (!deputyId.equals(access.deputy())) {
      throw ProblemException.forbidden("co-signer.not-self");
    }
    CoSigner invitation =
        coSigners
            .find(id, deputyId)
            .orElseThrow(() -> ProblemException.notFound("co-signer", deputyId));
    if (accept) {
      requireActive(deputyId);
    }
    invitation.answer(s, accept, today.now());
    s.touch(today.now());
    return view(s);
  }

  /**
   * The lead submits; returns the submitted item's view from the same transaction (the co-signers
   * and deputies read for the check serve the response too).
   */
  @Transactional
  public SuggestionView submit(UUID id, String ifMatch) {
    Suggestion s = access.writable(id);
    access.requireLead(s);
    ifMatch(ifMatch, s);
    List<CoSigner> signers = coSigners.ofSuggestion(id);
    Map<UUID, DeputyCopy> copies = byId(deputies.findAll(s.congressId(), deputyIds(s, signers)));
    requireActive(copies.get(s.leadDeputyId()), s.leadDeputyId());
    List<UUID> accepted = acceptedActive(signers, copies);
    s.submit(accepted.size(), config.motionMinimumSigners(), today.now());
    outbox.append(SuggestionEvents.submitted(s, accepted), access.actor());
    suggestions.flush(); // the response's ETag is the version this update gives the row
    return view(s, signers, copies);
  }

  /** Accepted co-signers who are still ACTIVE: a suspended deputy no longer counts. */
  List<UUID> acceptedActive(Suggestion s) {
    List<CoSigner> signers = coSigners.ofSuggestion(s.id());
    List<UUID> accepted =
        signers.stream().filter(CoSigner::accepted).map(CoSigner::deputyId).toList();
    return acceptedActive(signers, byId(deputies.findAll(s.congressId(), accepted)));
  }

  private static List<UUID> acceptedActive(List<CoSigner> signers, Map<UUID, DeputyCopy> copies) {
    return signers.stream()
        .filter(CoSigner::accepted)
        .map(CoSigner::deputyId)
        .filter(deputy -> copies.containsKey(deputy) && copies.get(deputy).isActive())
        .toList();
  }

  @Transactional
  public SuggestionView get(UUID id) {
    return view(access.readable(id));
  }

  /**
   * The current version (ETag) of an item of the caller's congress, read after a change to one of
   * its parts (task, contact, reply …) so that the answer carries the item's new ETag. No access
   * check: only callers who just changed the item ask, and a department that sent its task back may
   * no longer read it.
   */
  @Transactional
  public long versionOf(UUID id) {
    return suggestions
        .getEntityManager()
        .createQuery(
            "select s.version from Suggestion s where s.id = :id and s.congressId = :congress",
            Long.class)
        .setParameter("id", id)
        .setParameter("congress", access.congressId())
        .getSingleResult();
  }

  @Transactional
  public List<CoSigner> coSignersOf(UUID id) {
    return coSigners.ofSuggestion(access.readable(id).id());
  }

  /** A page of what the caller may see; deputies' names come with it. */
  @Transactional
  public Listed list(SuggestionSearch filter, int fetch) {
    return page(scope(filter), fetch);
  }

  /**
   * The filter narrowed to what the caller may see (their congress, or a town below for
   * cross-congress readers; own items for deputies and departments): 403 when they may see nothing.
   */
  public SuggestionSearch scoped(SuggestionSearch filter) {
    return scope(filter);
  }

  /**
   * A page of a search already {@link #scoped}; it needs no caller, so an export can run it page by
   * page after the request, each page in a short transaction of its own.
   */
  @Transactional
  public Listed page(SuggestionSearch scoped, int fetch) {
    List<Suggestion> rows = suggestions.search(scoped, fetch);
    List<UUID> leads = rows.stream().map(Suggestion::leadDeputyId).distinct().toList();
    return new Listed(
        rows,
        byId(deputies.findAll(scoped.congressId(), leads)),
        today.date(),
        departments.names(scoped.congressId()));
  }

  private SuggestionSearch scope(SuggestionSearch f) {
    UUID deputy = null;
    String department = null;
    if (!access.seesAll()) {
      if (access.isDeputyCaller()) {
        deputy = access.deputy();
      } else if (access.isDepartmentCaller()) {
        department = access.department();
      } else {
        throw ProblemException.forbidden("forbidden");
      }
    }
    return new SuggestionSearch(
        access.listedCongress(f.congressId()),
        deputy,
        department,
        f.state(),
        f.kind(),
        f.category(),
        f.departmentId(),
        f.delegationId(),
        f.term(),
        f.session(),
        f.overdue(),
        f.keySupervised(),
        f.dates() == null ? null : f.dates().in(today.zone()),
        f.replyClass(),
        f.evaluation(),
        f.text(),
        today.date(),
        f.sort(),
        f.after());
  }

  SuggestionView view(Suggestion s) {
    List<CoSigner> signers = coSigners.ofSuggestion(s.id());
    return view(s, signers, byId(deputies.findAll(s.congressId(), deputyIds(s, signers))));
  }

  private SuggestionView view(
      Suggestion s, List<CoSigner> signers, Map<UUID, DeputyCopy> deputiesById) {
    return new SuggestionView(
        s,
        deputiesById,
        signers,
        tasks.ofSuggestion(s.id()),
        suggestions.mergedInto(s.id()).stream().map(Suggestion::id).toList(),
        today.date(),
        departments.names(s.congressId()));
  }

  /** The lead and the co-signers. */
  private static List<UUID> deputyIds(Suggestion s, List<CoSigner> signers) {
    List<UUID> ids = new ArrayList<>();
    ids.add(s.leadDeputyId());
    signers.forEach(c -> ids.add(c.deputyId()));
    return ids;
  }

  private DeputyCopy requireActive(UUID deputyId) {
    return requireActive(
        deputies.findInCongress(access.congressId(), deputyId).orElse(null), deputyId);
  }

  private static DeputyCopy requireActive(DeputyCopy deputy, UUID deputyId) {
    if (deputy == null) {
      throw ProblemException.businessRule("deputy.unknown", deputyId);
    }
    if (!deputy.isActive()) {
      throw ProblemException.businessRule(
          "deputy.not-active", deputy.name(), Named.deputyStatus(deputy.status()));
    }
    return deputy;
  }

  static void ifMatch(String ifMatch, Suggestion s) {
    if (ifMatch != null) {
      Etags.requireMatch(ifMatch, s.version());
    }
  }

  static Map<UUID, DeputyCopy> byId(List<DeputyCopy> copies) {
    return copies.stream().collect(Collectors.toMap(DeputyCopy::id, Function.identity()));
  }

  /** A page of items with the lead deputies' copies. */
  public record Listed(
      List<Suggestion> rows,
      Map<UUID, DeputyCopy> deputies,
      java.time.LocalDate today,
      DepartmentNames departments) {}
}
