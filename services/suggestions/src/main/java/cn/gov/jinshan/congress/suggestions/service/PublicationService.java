package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.DeputyCopyRepository;
import cn.gov.jinshan.congress.suggestions.repository.ReplyRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the public sees (公开): closed items whose final reply is publishable. */
@ApplicationScoped
public class PublicationService {
  private final SuggestionRepository suggestions;
  private final ReplyRepository replies;
  private final CoSignerRepository coSigners;
  private final DeputyCopyRepository deputies;
  private final DepartmentService departments;

  public PublicationService(
      SuggestionRepository suggestions,
      ReplyRepository replies,
      CoSignerRepository coSigners,
      DeputyCopyRepository deputies,
      DepartmentService departments) {
    this.departments = departments;
    this.suggestions = suggestions;
    this.replies = replies;
    this.coSigners = coSigners;
    this.deputies = deputies;
  }

  @Transactional
  public List<Published> list(String congressId, Instant afterClosed, UUID afterId, int fetch) {
    List<Published> result = new ArrayList<>();
    for (Suggestion s : suggestions.published(congressId, afterClosed, afterId, fetch)) {
      result.add(published(s));
    }
    return result;
  }

  @Transactional
  public Published get(String congressId, UUID id) {
    Suggestion s =
        suggestions.published(congressId, null, null, Integer.MAX_VALUE).stream()
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("suggestion", id));
    return published(s);
  }

  private Published published(Suggestion s) {
    List<UUID> authors = new ArrayList<>();
    authors.add(s.leadDeputyId());
    authors.addAll(coSigners.acceptedDeputies(s.id()));
    Map<UUID, DeputyCopy> copies =
        SuggestionService.byId(deputies.findAll(s.congressId(), authors));
    Reply reply = replies.latest(s.id()).orElseThrow();
    return new Published(
        s,
        reply,
        departments.names(s.congressId()).of(s.congressId(), reply.departmentId()),
        authors.stream().map(copies::get).toList());
  }

  /** A published item: its final reply and its authors (lead first). */
  public record Published(
      Suggestion suggestion, Reply reply, String departmentName, List<DeputyCopy> authors) {}
}
