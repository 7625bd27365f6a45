package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Question;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Question> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Questions in the order asked, after the keyset sequence number when given. */
  public List<Question> ofTopic(String congressId, UUID topicId, int afterSeq, int limit) {
    return find(
            "congressId = ?1 and topicId = ?2 and seq > ?3 order by seq",
            congressId,
            topicId,
            afterSeq)
        .page(0, limit)
        .list();
  }

  public int lastSeq(UUID topicId) {
    Integer last =
        getEntityManager()
            .createQuery("select max(q.seq) from Question q where q.topicId = ?1", Integer.class)
            .setParameter(1, topicId)
            .getSingleResult();
    return last == null ? 0 : last;
  }
}
