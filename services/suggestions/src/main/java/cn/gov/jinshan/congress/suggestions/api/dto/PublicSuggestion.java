package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.service.PublicationService.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published item: deputies by name and delegation only, the final reply. */
public record PublicSuggestion(
    UUID id,
    String registrationNumber,
    String title,
    String content,
    Category category,
    String categoryLabel,
    List<PublicDeputy> deputies,
    String departmentId,
    String departmentName,
    ReplyClass replyClass,
    String replyClassLabel,
    String replyText,
    LocalDate repliedOn,
    Instant closedAt) {

  /** A deputy as published: name and delegation, nothing else. */
  public record PublicDeputy(String name, String delegationName) {}

  public static PublicSuggestion from(Published p) {
    var s = p.suggestion();
    var r = p.reply();
    return new PublicSuggestion(
        s.id(),
        s.registrationNumber(),
        s.title(),
        s.content(),
        s.category(),
        s.category().label(),
        p.authors().stream()
            .filter(java.util.Objects::nonNull)
            .map(d -> new PublicDeputy(d.name(), d.delegationName()))
            .toList(),
        r.departmentId(),
        p.departmentName(),
        r.replyClass(),
        r.replyClass().label(),
        r.text(),
        r.repliedOn(),
        s.closedAt());
  }
}
