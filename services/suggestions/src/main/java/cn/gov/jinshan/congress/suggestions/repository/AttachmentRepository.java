package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {
  public List<Attachment> ofSuggestion(String congressId, UUID suggestionId) {
    return list(
        "congressId = ?1 and suggestionId = ?2 order by uploadedAt, id", congressId, suggestionId);
  }

  public Optional<Attachment> ofSuggestion(String congressId, UUID suggestionId, UUID id) {
    return find("congressId = ?1 and suggestionId = ?2 and id = ?3", congressId, suggestionId, id)
        .firstResultOptional();
  }

  public long countOf(String congressId, UUID suggestionId) {
    return count("congressId = ?1 and suggestionId = ?2", congressId, suggestionId);
  }
}
