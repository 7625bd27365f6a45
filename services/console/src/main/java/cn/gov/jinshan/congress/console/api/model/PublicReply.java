package cn.gov.jinshan.congress.console.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A closed item whose final reply is published: deputies by name and delegation only. */
public record PublicReply(
    UUID id,
    String registrationNumber,
    String title,
    String content,
    String categoryLabel,
    List<Author> deputies,
    String departmentName,
    String replyClass,
    String replyClassLabel,
    String replyText,
    LocalDate repliedOn) {

  /** A deputy as published. */
  public record Author(String name, String delegationName) {}

  /** A page of published replies. */
  public record Page(List<PublicReply> items, String nextPageToken) {}

  /** Whether the title, content, reply or a deputy's name contains the search term. */
  public boolean matches(String term) {
    if (term == null || term.isBlank()) {
      return true;
    }
    String t = term.strip();
    return contains(title, t)
        || contains(content, t)
        || contains(replyText, t)
        || contains(departmentName, t)
        || (deputies != null && deputies.stream().anyMatch(d -> contains(d.name(), t)));
  }

  public String authorNames() {
    return deputies == null ? "" : String.join("、", deputies.stream().map(Author::name).toList());
  }

  private static boolean contains(String text, String term) {
    return text != null && text.contains(term);
  }
}
