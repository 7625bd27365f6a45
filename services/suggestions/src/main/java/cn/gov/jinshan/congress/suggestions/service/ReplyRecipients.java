package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The deputies a reply is addressed to ({@code SuggestionReplied.recipientDeputyIds}); apart from
 * the reply itself because who is told follows co-signing and merging, not the reply's rules.
 */
@ApplicationScoped
public class ReplyRecipients {
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;

  public ReplyRecipients(SuggestionRepository suggestions, CoSignerRepository coSigners) {
    this.suggestions = suggestions;
    this.coSigners = coSigners;
  }

  /** Everyone the reply reaches: lead, accepted co-signers, and the authors of merged items. */
  public List<String> of(Suggestion s) {
    Set<UUID> to = new LinkedHashSet<>();
    to.add(s.leadDeputyId());
    to.addAll(coSigners.acceptedDeputies(s.id()));
    for (Suggestion merged : suggestions.mergedInto(s.id())) {
      to.add(merged.leadDeputyId());
      to.addAll(coSigners.acceptedDeputies(merged.id()));
    }
    return to.stream().map(UUID::toString).toList();
  }
}
