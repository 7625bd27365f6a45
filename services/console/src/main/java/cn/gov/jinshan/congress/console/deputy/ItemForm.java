package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.ConstituentContacts;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the deputy typed into the new item form, kept to show it again when the API refuses it.
 *
 * @param cosigners the chosen co-signers as the form sends them: {@code <deputy id>|<name>} (the
 *     name only to show the choice again)
 * @param contactId the constituent contact this item is made from (转为建议), linked once created
 */
public record ItemForm(
    String kind,
    String category,
    String title,
    String content,
    List<String> cosigners,
    String idempotencyKey,
    String contactId) {

  /** The form's fields that an API error can name. */
  static final Set<String> FIELDS = Set.of("kind", "category", "title", "content", "deputyIds");

  /** A chosen co-signer as the form shows it again. */
  public record Chosen(String id, String name) {
    static Chosen parse(String sent) {
      int bar = sent.indexOf('|');
      return bar < 0
          ? new Chosen(sent, "")
          : new Chosen(sent.substring(0, bar), sent.substring(bar + 1));
    }

    boolean isDeputyId() {
      return id.matches("[0-9a-fA-F-]{36}");
    }
  }

  static ItemForm empty(String idempotencyKey) {
    return new ItemForm("SUGGESTION", "", "", "", List.of(), idempotencyKey, null);
  }

  /** A suggestion made from what a constituent said: its subject and content typed in. */
  static ItemForm fromContact(ConstituentContacts.Contact contact, String idempotencyKey) {
    String subject = contact.subject() == null ? "" : contact.subject();
    return new ItemForm(
        "SUGGESTION",
        "",
        subject.length() > 200 ? subject.substring(0, 200) : subject,
        contact.content() == null ? "" : contact.content(),
        List.of(),
        idempotencyKey,
        contact.id().toString());
  }

  /** The contact's id when the form came from one and it has that shape, else null. */
  UUID contactUuid() {
    try {
      return contactId == null || contactId.isBlank() ? null : UUID.fromString(contactId.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  Bodies.Draft toDraft() {
    return new Bodies.Draft(blankToNull(kind), title, content, blankToNull(category));
  }

  public List<Chosen> chosen() {
    return cosigners.stream().map(Chosen::parse).filter(Chosen::isDeputyId).toList();
  }

  /** The chosen co-signers' ids (anything that is not one is dropped: the API would refuse it). */
  List<UUID> cosignerIds() {
    return chosen().stream().map(c -> UUID.fromString(c.id())).distinct().toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
