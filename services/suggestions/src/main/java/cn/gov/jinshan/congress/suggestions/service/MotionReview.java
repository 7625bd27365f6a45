package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.service.SuggestionService.ifMatch;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Staff review of a submitted motion (议案): accept it, or convert it into a suggestion. */
@ApplicationScoped
public class MotionReview {
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;
  private final SuggestionService items;
  private final OutboxWriter outbox;
  private final Access access;
  private final Today today;

  public MotionReview(
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      SuggestionService items,
      OutboxWriter outbox,
      Access access,
      Today today) {
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.items = items;
    this.outbox = outbox;
    this.access = access;
    this.today = today;
  }

  @Transactional
  public Suggestion acceptMotion(UUID id, String ifMatch) {
    Suggestion s = access.lockedReadable(id);
    ifMatch(ifMatch, s);
    s.acceptMotion(today.now());
    outbox.append(
        SuggestionEvents.motionAccepted(s, items.acceptedActive(s), today.now()), access.actor());
    return s;
  }

  /** 转为建议: a new submitted suggestion with the same authors; each links to the other. */
  @Transactional
  public Suggestion convertMotion(UUID id, String ifMatch) {
    Suggestion motion = access.lockedReadable(id);
    ifMatch(ifMatch, motion);
    Suggestion converted = motion.convertToSuggestion(today.now());
    suggestions.persist(converted);
    suggestions.flush();
    for (CoSigner c : coSigners.ofSuggestion(motion.id())) {
      if (c.accepted()) {
        coSigners.persist(CoSigner.copyAccepted(c, converted));
      }
    }
    outbox.append(SuggestionEvents.motionConverted(motion, converted, today.now()), access.actor());
    return converted;
  }
}
