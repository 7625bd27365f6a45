package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Referral;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {
  public List<Referral> ofSuggestion(String congressId, UUID suggestionId) {
    return list(
        "congressId = ?1 and suggestionId = ?2 order by referredAt", congressId, suggestionId);
  }
}
