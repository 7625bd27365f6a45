package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.RectificationReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RectificationReportRepository
    implements PanacheRepositoryBase<RectificationReport, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<RectificationReport> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public List<RectificationReport> ofTopic(String congressId, UUID topicId) {
    return list("congressId = ?1 and topicId = ?2 order by reportedAt", congressId, topicId);
  }
}
