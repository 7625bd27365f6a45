package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.voting.ProgressReported;
import cn.gov.jinshan.congress.contracts.voting.ProjectEvaluated;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.voting.domain.Inspection;
import cn.gov.jinshan.congress.voting.domain.Labelled;
import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import cn.gov.jinshan.congress.voting.domain.Milestone;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.ProgressReport;
import cn.gov.jinshan.congress.voting.domain.Rating;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.InspectionRepository;
import cn.gov.jinshan.congress.voting.repository.MilestoneRepository;
import cn.gov.jinshan.congress.voting.repository.ProgressReportRepository;
import cn.gov.jinshan.congress.voting.repository.ProjectRepository;
import cn.gov.jinshan.congress.voting.repository.RatingRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivery of the selected projects (milestones, progress reports by the responsible department,
 * deputies' inspections) and the year-end rating by deputies.
 */
@ApplicationScoped
public class ProjectService {
  private final ProjectRepository projects;
  private final VotingRoundRepository rounds;
  private final MilestoneRepository milestones;
  private final ProgressReportRepository reports;
  private final InspectionRepository inspections;
  private final RatingRepository ratings;
  private final EntitledVoters voters;
  private final CongressScope scope;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final PastEvents pastEvents;
  private final Clock clock;

  public ProjectService(
      ProjectRepository projects,
      VotingRoundRepository rounds,
      MilestoneRepository milestones,
      ProgressReportRepository reports,
      InspectionRepository inspections,
      RatingRepository ratings,
      EntitledVoters voters,
      CongressScope scope,
      OutboxWriter outbox,
      CurrentUser user,
      PastEvents pastEvents,
      Clock clock) {
    this.projects = projects;
    this.rounds = rounds;
    this.milestones = milestones;
    this.reports = reports;
    this.inspections = inspections;
    this.ratings = ratings;
    this.voters = voters;
    this.scope = scope;
    this.outbox = outbox;
    this.user = user;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public LivelihoodProject get(UUID id) {
    return readable(id);
  }

  /** Projects of the caller's congress, or of {@code congressId} when readable (403 if not). */
  @Transactional
  public List<LivelihoodProject> list(String congressId, UUID roundId, UUID afterId, int limit) {
    String department =
        user.hasRole(Roles.DEPARTMENT) && !user.hasAnyRole(Roles.STAFF, Roles.ADMIN)
            ? user.departmentId().orElse("-")
            : null;
    return projects.page(scope.readable(congressId), roundId, department, afterId, limit);
  }

  /** Staff or the responsible department plan milestones while the project is delivered. */
  @Transactional
  public Milestone planMilestone(UUID projectId, PlanMilestone command) {
    LivelihoodProject project = requireWritable(projectId);
    phaseOf(project).requirePhase(RoundPhase.IMPLEMENTING);
    Milestone milestone =
        Milestone.plan(project, command.title(), command.dueOn(), clock.instant());
    milestones.persist(milestone);
    milestones.flush();
    return milestone;
  }

  @Transactional
  public Milestone completeMilestone(UUID projectId, UUID id, LocalDate doneOn, String ifMatch) {
    LivelihoodProject project = requireWritable(projectId);
    pastEvents.requireNotFuture("doneOn", doneOn);
    phaseOf(project).requirePhase(RoundPhase.IMPLEMENTING);
    Milestone milestone =
        milestones
            .findInProject(project.congressId(), project.id(), id)
            .orElseThrow(() -> NotFound.of("milestone", id));
    Etags.requireMatch(ifMatch, milestone.version());
    milestone.complete(doneOn, clock.instant());
    milestones.flush();
    return milestone;
  }

  @Transactional
  public List<Milestone> milestones(UUID projectId, UUID afterId, int limit) {
    LivelihoodProject project = readable(projectId);
    return milestones.page(project.congressId(), project.id(), afterId, limit);
  }

  /** Only the responsible department reports progress, during IMPLEMENTING. */
  @Transactional
  public OnProject<ProgressReport> reportProgress(UUID projectId, ReportProgress command) {
    LivelihoodProject project = require(projectId);
    if (!user.departmentId().map(project::isResponsible).orElse(false)) {
      throw ProblemException.forbidden("project.not-responsible");
    }
    phaseOf(project).requirePhase(RoundPhase.IMPLEMENTING);
    Instant now = clock.instant();
    ProgressReport report =
        ProgressReport.report(
            project,
            command.percentage(),
            command.narrative(),
            command.attachments() == null ? List.of() : command.attachments(),
            user.subject(),
            now);
    reports.persist(report);
    projects.flush();
    outbox.append(
        new ProgressReported(
            report.id().toString(),
            project.id().toString(),
            project.roundId().toString(),
            project.congressId(),
            report.departmentId(),
            report.percentage(),
            now),
        user.subject());
    return new OnProject<>(report, project.version());
  }

  @Transactional
  public List<ProgressReport> reports(UUID projectId, UUID afterId, int limit) {
    LivelihoodProject project = readable(projectId);
    return reports.page(project.congressId(), project.id(), afterId, limit);
  }

  /** A deputy records an inspection and comment, while delivered or being evaluated. */
  @Transactional
  public OnProject<Inspection> inspect(UUID projectId, RecordInspection command) {
    LivelihoodProject project = require(projectId);
    UUID deputy = user.deputyId().orElseThrow(() -> ProblemException.forbidden("ballot.no-deputy"));
    pastEvents.requireNotFuture("inspectedOn", command.inspectedOn());
    RoundPhase phase = phaseOf(project).phase();
    if (phase != RoundPhase.IMPLEMENTING && phase != RoundPhase.EVALUATING) {
      throw ProblemException.invalidState(
          "round.phase.required", Labelled.codesThenLabels(phase, RoundPhase.IMPLEMENTING));
    }
    Inspection inspection =
        Inspection.record(
            project, deputy, command.inspectedOn(), command.comment(), clock.instant());
    inspections.persist(inspection);
    inspections.flush();
    return new OnProject<>(inspection, project.version());
  }

  @Transactional
  public List<Inspection> inspections(UUID projectId, UUID afterId, int limit) {
    LivelihoodProject project = readable(projectId);
    return inspections.page(project.congressId(), project.id(), afterId, limit);
  }

  /** Each entitled deputy rates each project once, during EVALUATING. */
  @Transactional
  public OnProject<Instant> rate(UUID projectId, RateProject command) {
    LivelihoodProject project = require(projectId);
    UUID deputyId =
        user.deputyId().orElseThrow(() -> ProblemException.forbidden("ballot.no-deputy"));
    voters.require(project.congressId(), deputyId);
    phaseOf(project).requirePhase(RoundPhase.EVALUATING);
    Instant now = clock.instant();
    if (!ratings.insert(project.congressId(), project.id(), deputyId, command.rating(), now)) {
      throw ProblemException.conflict("rating.exists");
    }
    outbox.append(
        new ProjectEvaluated(
            project.id().toString(),
            project.roundId().toString(),
            project.congressId(),
            deputyId.toString(),
            LocalDate.ofInstant(now, pastEvents.zone())),
        user.subject());
    return new OnProject<>(now, project.version());
  }

  @Transactional
  public Map<Rating, Integer> ratings(UUID projectId) {
    LivelihoodProject project = readable(projectId);
    return ratings.counts(project.congressId(), project.id());
  }

  /** The rating results of a round's projects, public once the round is FINISHED. */
  @Transactional
  public List<RatedProject> publicRatings(UUID roundId) {
    VotingRound round = rounds.findById(roundId);
    if (round == null) {
      throw NotFound.of("round", roundId);
    }
    round.requirePhase(RoundPhase.FINISHED);
    return projects.page(round.congressId(), round.id(), null, null, 100).stream()
        .map(p -> new RatedProject(p, ratings.counts(p.congressId(), p.id())))
        .toList();
  }

  private VotingRound phaseOf(LivelihoodProject project) {
    return rounds.findInCongress(project.congressId(), project.roundId()).orElseThrow();
  }

  private LivelihoodProject requireWritable(UUID id) {
    LivelihoodProject project = require(id);
    boolean staff = user.hasRole(Roles.STAFF);
    if (!staff && !user.departmentId().map(project::isResponsible).orElse(false)) {
      throw ProblemException.forbidden("project.not-responsible");
    }
    return project;
  }

  /** A project of the caller's congress: every write goes there. */
  private LivelihoodProject require(UUID id) {
    return accessible(projects.findInCongress(user.congressId(), id), id);
  }

  /** A project of the caller's congress, or of a town below it for a cross-congress reader. */
  private LivelihoodProject readable(UUID id) {
    return accessible(projects.findByIdOptional(id).filter(p -> scope.visible(p.congressId())), id);
  }

  /** A department sees only the projects it is responsible for. */
  private LivelihoodProject accessible(Optional<LivelihoodProject> found, UUID id) {
    LivelihoodProject project = found.orElseThrow(() -> NotFound.of("project", id));
    if (user.hasRole(Roles.DEPARTMENT)
        && !user.hasAnyRole(Roles.STAFF, Roles.ADMIN, Roles.DEPUTY)
        && !user.departmentId().map(project::isResponsible).orElse(false)) {
      throw ProblemException.forbidden("project.not-responsible");
    }
    return project;
  }

  /**
   * What a write under a project recorded, with the project's version after it: the answer carries
   * the project's ETag, so the client needs no read before its next step on the project.
   */
  public record OnProject<T>(T value, long projectVersion) {}

  /** A project with its rating counts. */
  public record RatedProject(LivelihoodProject project, Map<Rating, Integer> ratings) {}
}
