package cn.gov.jinshan.congress.console.api.model;

import java.util.List;

/**
 * One item with its contacts, replies and files, as {@code GET /api/v1/suggestions/{id}/dossier}
 * answers it: what the item pages show, in one call through the gateway instead of four.
 */
public record Dossier(
    Item item, List<Contact> contacts, List<Reply> replies, List<Attachment> attachments) {}
