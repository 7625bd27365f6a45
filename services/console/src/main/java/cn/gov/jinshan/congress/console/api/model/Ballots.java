package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The public side of a livelihood-project ballot: rounds, result, board, receipts, projects. */
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

  /** A round as the public list shows it: nothing about voters, only the round and its counts. */
  public record PublicRound(
      UUID id,
      int year,
      String title,
      String phase,
      String phaseLabel,
      int projectsToSelect,
      LocalDate votingOn,
      boolean ballotClosed,
      long proposedCount,
      long shortlistedCount,
      long selectedCount) {

    /** The public API shows a round's selected projects with their ratings once it is finished. */
    public boolean projectsPublished() {
      return "FINISHED".equals(phase);
    }
  }

  public record PublicRoundPage(List<PublicRound> items, String nextPageToken) {}
}
