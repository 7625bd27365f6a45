package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.SubjectProgress;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.SupervisionSubject;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<SupervisionSubject, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<SupervisionSubject> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public Optional<SupervisionSubject> bySource(
      String congressId, SubjectSource source, String sourceId) {
    return find("congressId = ?1 and source = ?2 and sourceId = ?3", congressId, source, sourceId)
        .firstResultOptional();
  }

  public List<SupervisionSubject> list(
      String congressId, SubjectSource source, UUID afterId, int limit) {
    UUID after = afterId == null ? new UUID(0, 0) : afterId;
    if (source == null) {
      return find("congressId = ?1 and id > ?2 order by id", congressId, after)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and source = ?2 and id > ?3 order by id", congressId, source, after)
        .page(0, limit)
        .list();
  }

  public List<SubjectProgress> history(UUID subjectId) {
    return getEntityManager()
        .createQuery(
            "from SubjectProgress p where p.subjectId = ?1 order by p.occurredAt, p.id",
            SubjectProgress.class)
        .setParameter(1, subjectId)
        .setMaxResults(500)
        .getResultList();
  }

  public void addProgress(SubjectProgress progress) {
    getEntityManager().persist(progress);
  }
}
