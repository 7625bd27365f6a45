package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The public side of a livelihood-project ballot: result, board, receipts, projects. */
public final class Ballots {
  private Ballots() {}

  public record Result(
      UUID roundId,
      int year,
      String status,
      int ballotsCounted,
      String boardDigest,
      Instant closedAt,
      List<UUID> selectedCandidateIds) {}

  /** One cast ballot on the board, by the hash of its receipt code. */
  public record BoardEntry(String receiptHash, List<Mark> choices) {
    public int marks() {
      return choices == null ? 0 : choices.size();
    }
  }

  public record Mark(UUID candidateId, String choice) {}

  public record BoardPage(List<BoardEntry> items, String nextPageToken) {}

  public record ReceiptLookup(String code) {}

  public record Project(UUID id, String title, int forVotes, int progressPercent) {}

  public record RatedProject(Project project) {}
}
