package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CoSignerRepository implements PanacheRepositoryBase<CoSigner, UUID> {
  public List<CoSigner> ofSuggestion(UUID suggestionId) {
    return list("suggestionId = ?1 order by invitedAt, deputyId", suggestionId);
  }

  public Optional<CoSigner> find(UUID suggestionId, UUID deputyId) {
    return find("suggestionId = ?1 and deputyId = ?2", suggestionId, deputyId)
        .firstResultOptional();
  }

  /** Whether the deputy co-signs (invited or accepted) the item: they may read it. */
  public boolean isCoSigner(UUID suggestionId, UUID deputyId) {
    return count(
            "suggestionId = ?1 and deputyId = ?2 and status <> ?3",
            suggestionId,
            deputyId,
            cn.gov.jinshan.congress.suggestions.domain.CoSignerStatus.DECLINED)
        > 0;
  }

  public List<UUID> acceptedDeputies(UUID suggestionId) {
    return ofSuggestion(suggestionId).stream()
        .filter(CoSigner::accepted)
        .map(CoSigner::deputyId)
        .toList();
  }
}
