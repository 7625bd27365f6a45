package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.voting.domain.Labelled;
import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.RoundResultRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A round's official result: publishing it once (the row with its tally stored as JSON, and the
 * BallotClosed event) and reading it back with its tally.
 */
@ApplicationScoped
public class RoundResults {
  private final RoundResultRepository results;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final ObjectMapper json;

  public RoundResults(
      RoundResultRepository results, OutboxWriter outbox, CurrentUser user, ObjectMapper json) {
    this.results = results;
    this.outbox = outbox;
    this.user = user;
    this.json = json;
  }

  /** Records the result of a closed round and announces it with the board digest. */
  public RoundResult publish(VotingRound round, Tally tally, String boardDigest, Instant now) {
    RoundResult result =
        RoundResult.record(round, tally, toJson(tally), boardDigest, user.subject(), now);
    results.persist(result);
    outbox.append(RoundEvents.closed(round, tally, boardDigest, now), user.subject());
    return result;
  }

  /** The round's result; 409 naming the round's phase while none is published. */
  public RoundResult require(VotingRound round) {
    return results
        .findInCongress(round.congressId(), round.id())
        .orElseThrow(
            () ->
                ProblemException.invalidState(
                    "result.not-published", Labelled.codesThenLabels(round.phase())));
  }

  public Tally tallyOf(RoundResult result) {
    try {
      return json.readValue(result.tally(), Tally.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored tally unreadable", e);
    }
  }

  /** Writes the result's pending changes, so the answer carries its new version. */
  public void flush() {
    results.flush();
  }

  private String toJson(Tally tally) {
    try {
      return json.writeValueAsString(tally);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
