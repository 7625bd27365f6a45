package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Visit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<Visit, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Visit> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public List<Visit> ofTopic(String congressId, UUID topicId, UUID afterId, int limit) {
    if (afterId == null) {
      return find("congressId = ?1 and topicId = ?2 order by id", congressId, topicId)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and topicId = ?2 and id > ?3 order by id",
            congressId,
            topicId,
            afterId)
        .page(0, limit)
        .list();
  }

  public boolean tookPart(UUID topicId, String participantId) {
    return count(
            "select count(v) from Visit v join v.participants p where v.topicId = ?1 and"
                + " p.participantId = ?2",
            topicId,
            participantId)
        > 0;
  }
}
