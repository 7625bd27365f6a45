package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import cn.gov.jinshan.congress.supervision.repository.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The annual supervision plans of the caller's congress. */
@ApplicationScoped
public class PlanService {
  private final PlanRepository plans;
  private final CurrentUser user;
  private final CongressScope scope;
  private final Clock clock;

  public PlanService(PlanRepository plans, CurrentUser user, CongressScope scope, Clock clock) {
    this.plans = plans;
    this.user = user;
    this.scope = scope;
    this.clock = clock;
  }

  @Transactional
  public SupervisionPlan create(CreatePlan command) {
    SupervisionPlan plan =
        SupervisionPlan.create(user.congressId(), command.year(), command.title(), clock.instant());
    plans.persistAndFlush(plan); // a second plan for the year hits the unique constraint: 409
    return plan;
  }

  @Transactional
  public SupervisionPlan rename(UUID id, CreatePlan command, String ifMatch) {
    SupervisionPlan plan = require(id);
    Etags.requireMatch(ifMatch, plan.version());
    if (plan.year() != command.year()) {
      throw ProblemException.businessRule("plan.year.fixed", plan.year());
    }
    plan.rename(command.title(), clock.instant());
    return plan;
  }

  @Transactional
  public SupervisionPlan require(UUID id) {
    return plans
        .findInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("plan", id));
  }

  @Transactional
  public List<SupervisionPlan> list(String congressId, Integer beforeYear, int limit) {
    return plans.list(scope.readable(congressId), beforeYear, limit);
  }

  /** A plan of the caller's congress, or of a congress below it for a cross-congress reader. */
  @Transactional
  public SupervisionPlan readable(UUID id) {
    return plans
        .findByIdOptional(id)
        .filter(p -> scope.visible(p.congressId()))
        .orElseThrow(() -> ProblemException.notFound("plan", id));
  }
}
