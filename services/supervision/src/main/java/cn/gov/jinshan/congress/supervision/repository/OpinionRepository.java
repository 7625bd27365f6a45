package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Opinion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OpinionRepository implements PanacheRepositoryBase<Opinion, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Opinion> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public Optional<Opinion> ofRound(String congressId, UUID topicId, int round) {
    return find(
            "congressId = ?1 and topicId = ?2 and hearingRound = ?3", congressId, topicId, round)
        .firstResultOptional();
  }

  public List<Opinion> ofTopic(String congressId, UUID topicId) {
    return list("congressId = ?1 and topicId = ?2 order by hearingRound", congressId, topicId);
  }

  /** Opinions whose rectification report is missing after the deadline and not yet flagged. */
  public List<Opinion> overdueUnflagged(LocalDate today, int limit) {
    return find(
            "rectifiedAt is null and overdueFlaggedAt is null and rectificationDeadline < ?1"
                + " order by rectificationDeadline, id",
            today)
        .page(0, limit)
        .list();
  }

  /** Opinions of a congress whose rectification report is overdue (flagged or not). */
  public List<Opinion> overdue(String congressId, LocalDate today, UUID afterId, int limit) {
    UUID after = afterId == null ? new UUID(0, 0) : afterId;
    return find(
            "congressId = ?1 and rectifiedAt is null and rectificationDeadline < ?2 and id > ?3"
                + " order by id",
            congressId,
            today,
            after)
        .page(0, limit)
        .list();
  }
}
