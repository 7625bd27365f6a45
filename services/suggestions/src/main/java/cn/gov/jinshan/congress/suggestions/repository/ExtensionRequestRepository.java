package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.ExtensionRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExtensionRequestRepository implements PanacheRepositoryBase<ExtensionRequest, UUID> {
  public Optional<ExtensionRequest> findOf(UUID suggestionId, UUID id) {
    return find("id = ?1 and suggestionId = ?2", id, suggestionId).firstResultOptional();
  }

  public List<ExtensionRequest> ofSuggestion(UUID suggestionId) {
    return list("suggestionId = ?1 order by createdAt", suggestionId);
  }
}
