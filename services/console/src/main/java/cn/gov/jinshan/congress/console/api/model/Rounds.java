package cn.gov.jinshan.congress.console.api.model;

import java.util.List;
import java.util.UUID;

/** A deputy's view of the livelihood-project rounds: the round, its candidates, the receipt. */
public final class Rounds {
  private Rounds() {}

  public record Round(
      UUID id,
      int year,
      String title,
      int projectsToSelect,
      String phase,
      String phaseLabel,
      boolean ballotClosed) {

    public boolean isVoting() {
      return "VOTING".equals(phase) && !ballotClosed;
    }
  }

  public record RoundPage(List<Round> items, String nextPageToken) {}

  public record Candidate(UUID id, String title, String description) {}

  public record CandidatePage(List<Candidate> items, String nextPageToken) {}

  public record CheckIn(UUID deputyId) {}

  public record Mark(UUID candidateId, String choice) {}

  public record Ballot(List<Mark> choices) {}

  public record Receipt(String receiptCode, String note) {}
}
