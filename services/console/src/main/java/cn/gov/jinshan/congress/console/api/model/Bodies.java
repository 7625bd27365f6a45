package cn.gov.jinshan.congress.console.api.model;

import java.time.LocalDate;

/** The request bodies the console sends, exactly the fields the APIs accept. */
public final class Bodies {
  private Bodies() {}

  public record Draft(String kind, String title, String content, String category) {}

  public record Evaluation(String result, String comment) {}

  public record SendBack(String reason) {}

  public record RecordContact(LocalDate contactedOn, String way, String summary) {}

  public record PostReply(
      String replyClass, String text, Boolean publishable, LocalDate promisedOn, String signedBy) {}

  public record InviteCoSigners(java.util.List<java.util.UUID> deputyIds) {}

  public record Answer(Boolean accept) {}

  public record RequestExtension(LocalDate newDueOn, String reason) {}

  public record Opinion(String text) {}

  public record RecordConstituentContact(
      java.util.UUID stationId,
      LocalDate receivedOn,
      String constituentName,
      String subject,
      String content) {}

  public record LinkSuggestion(java.util.UUID suggestionId) {}
}
