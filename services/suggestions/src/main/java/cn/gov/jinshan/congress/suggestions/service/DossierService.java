package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Reads an item and its parts together. A page that shows the whole item would otherwise make four
 * requests, each authenticated at the gateway and here and each checking the caller's access again;
 * one read checks it once and sees one state of the item.
 */
@ApplicationScoped
public class DossierService {
  private final Access access;
  private final SuggestionService items;
  private final HandlingService handling;
  private final ReplyService replies;
  private final AttachmentService attachments;

  public DossierService(
      Access access,
      SuggestionService items,
      HandlingService handling,
      ReplyService replies,
      AttachmentService attachments) {
    this.access = access;
    this.items = items;
    this.handling = handling;
    this.replies = replies;
    this.attachments = attachments;
  }

  @Transactional
  public ItemDossier dossierOf(UUID id) {
    Suggestion item = access.readable(id);
    return new ItemDossier(
        items.view(item), handling.contactsOf(item), replies.repliesOf(item), attachments.of(item));
  }
}
