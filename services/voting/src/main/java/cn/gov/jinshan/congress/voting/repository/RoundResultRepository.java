package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.RoundResult;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RoundResultRepository implements PanacheRepositoryBase<RoundResult, UUID> {
  public Optional<RoundResult> findInCongress(String congressId, UUID roundId) {
    return find("roundId = ?1 and congressId = ?2", roundId, congressId).firstResultOptional();
  }
}
