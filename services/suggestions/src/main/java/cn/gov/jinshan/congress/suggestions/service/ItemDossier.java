package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.Attachment;
import cn.gov.jinshan.congress.suggestions.domain.Contact;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import java.util.List;

/** An item with everything its page shows: contacts, replies and the files of both. */
public record ItemDossier(
    SuggestionView view, List<Contact> contacts, List<Reply> replies, List<Attachment> files) {}
