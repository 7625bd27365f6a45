package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.supervision.domain.SubjectProgress;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.SupervisionSubject;
import cn.gov.jinshan.congress.supervision.repository.SubjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads the follow-up subjects of the caller's congress. */
@ApplicationScoped
public class SubjectService {
  private final SubjectRepository subjects;
  private final CongressScope scope;

  public SubjectService(SubjectRepository subjects, CongressScope scope) {
    this.subjects = subjects;
    this.scope = scope;
  }

  @Transactional
  public List<SupervisionSubject> list(
      String congressId, SubjectSource source, UUID afterId, int limit) {
    return subjects.list(scope.readable(congressId), source, afterId, limit);
  }

  @Transactional
  public SupervisionSubject get(UUID id) {
    return subjects
        .findByIdOptional(id)
        .filter(s -> scope.visible(s.congressId()))
        .orElseThrow(() -> ProblemException.notFound("subject", id));
  }

  @Transactional
  public List<SubjectProgress> history(SupervisionSubject subject) {
    return subjects.history(subject.id());
  }
}
