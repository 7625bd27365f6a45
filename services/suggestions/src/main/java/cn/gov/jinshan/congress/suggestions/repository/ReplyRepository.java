package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Reply;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, UUID> {
  public List<Reply> ofSuggestion(UUID suggestionId) {
    return list("suggestionId = ?1 order by round", suggestionId);
  }

  public Optional<Reply> latest(UUID suggestionId) {
    return find("suggestionId = ?1 order by round desc", suggestionId).firstResultOptional();
  }
}
