package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Hearing;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HearingRepository implements PanacheRepositoryBase<Hearing, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Hearing> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public Optional<Hearing> ofRound(String congressId, UUID topicId, int round) {
    return find("congressId = ?1 and topicId = ?2 and round = ?3", congressId, topicId, round)
        .firstResultOptional();
  }

  public List<Hearing> ofTopic(String congressId, UUID topicId) {
    return list("congressId = ?1 and topicId = ?2 order by round", congressId, topicId);
  }

  public boolean attended(UUID topicId, UUID deputyId) {
    return count(
            "select count(h) from Hearing h join h.attendees a where h.topicId = ?1 and"
                + " a.deputyId = ?2",
            topicId,
            deputyId)
        > 0;
  }
}
