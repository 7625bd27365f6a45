package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.service.ItemDossier;
import java.util.List;

/**
 * An item as its page shows it: the item as {@code GET /api/v1/suggestions/{id}} answers it, with
 * its contacts, replies and attachments as their own routes answer them.
 */
public record DossierResponse(
    SuggestionResponse item,
    List<ContactResponse> contacts,
    List<ReplyResponse> replies,
    List<AttachmentResponse> attachments) {
  public static DossierResponse from(ItemDossier d) {
    return new DossierResponse(
        SuggestionResponse.from(d.view()),
        d.contacts().stream().map(ContactResponse::from).toList(),
        d.replies().stream().map(r -> ReplyResponse.from(r, d.view().departments())).toList(),
        d.files().stream().map(AttachmentResponse::from).toList());
  }
}
