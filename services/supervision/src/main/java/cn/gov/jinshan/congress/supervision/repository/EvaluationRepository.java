package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.EvaluationStatus;
import cn.gov.jinshan.congress.supervision.domain.EvaluationSubject;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Evaluation> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Locks the evaluation row: completion excludes concurrent ratings (FOR UPDATE vs FOR SHARE). */
  public Optional<Evaluation> lock(String congressId, UUID id, LockModeType mode) {
    return find("id = ?1 and congressId = ?2", id, congressId).withLock(mode).firstResultOptional();
  }

  public List<Evaluation> ofTopic(String congressId, UUID topicId, UUID afterId, int limit) {
    UUID after = afterId == null ? new UUID(0, 0) : afterId;
    return find(
            "congressId = ?1 and topicId = ?2 and id > ?3 order by id", congressId, topicId, after)
        .page(0, limit)
        .list();
  }

  public List<Evaluation> ofAppointee(String congressId, UUID appointeeId) {
    return list(
        "congressId = ?1 and appointeeId = ?2 order by meetingDate, id", congressId, appointeeId);
  }

  public List<Evaluation> completedOfTopic(String congressId, UUID topicId) {
    return list(
        "congressId = ?1 and topicId = ?2 and status = ?3 order by completedAt",
        congressId,
        topicId,
        EvaluationStatus.COMPLETED);
  }

  public boolean exists(UUID topicId, int round, EvaluationSubject subject) {
    return count("topicId = ?1 and hearingRound = ?2 and subject = ?3", topicId, round, subject)
        > 0;
  }
}
