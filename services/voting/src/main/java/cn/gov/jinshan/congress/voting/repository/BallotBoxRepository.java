package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.voting.domain.BallotChannel;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.Choice;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.query.BoardEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ballot box: participation (who voted) and ballots (what was voted), kept apart. Nothing here
 * writes a deputy next to a choice, a time next to a ballot, or an ordered key; ballots are read
 * back in receipt-hash order, which is a random permutation of the casting order.
 */
@ApplicationScoped
public class BallotBoxRepository {
  private final EntityManager em;

  public BallotBoxRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * What a ballot needs to know about its round, read in one statement under a shared lock on the
   * round row, held for the length of the ballot's transaction: ballots run side by side, closing
   * (FOR UPDATE) waits for them. Whether the deputy is entitled is the rule of {@link
   * cn.gov.jinshan.congress.voting.service.EntitledVoters} (an ACTIVE deputy of the congress at the
   * congress's level, DISTRICT when the congress is not known here), written here in SQL so that a
   * ballot does not pay two more statements for it; the status and level values come from the same
   * constants.
   *
   * @param deputyId the deputy who votes; null for a paper ballot from the box
   * @return null when the round does not exist in this congress
   */
  public BallotState lockRoundShared(String congressId, UUID roundId, UUID deputyId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.phase, r.ballot_closed, r.projects_to_select,"
                    + " EXISTS (SELECT 1 FROM deputy_copy d WHERE d.id = CAST(?3 AS uuid)"
                    + "   AND d.congress_id = r.congress_id AND d.status = ?4"
                    + "   AND d.level = coalesce((SELECT k.level FROM congress_copy k"
                    + "     WHERE k.id = r.congress_id), ?5)),"
                    + " EXISTS (SELECT 1 FROM check_in c WHERE c.congress_id = r.congress_id"
                    + "   AND c.round_id = r.id AND c.deputy_id = CAST(?3 AS uuid)),"
                    + " (SELECT string_agg(CAST(s.id AS text), ',') FROM candidate s"
                    + "   WHERE s.congress_id = r.congress_id AND s.round_id = r.id"
                    + "   AND s.status = ?6)"
                    + " FROM voting_round r WHERE r.id = ?1 AND r.congress_id = ?2 FOR SHARE OF r")
            .setParameter(1, roundId)
            .setParameter(2, congressId)
            .setParameter(3, deputyId)
            .setParameter(4, DeputyCopy.ACTIVE)
            .setParameter(5, CongressScope.DISTRICT)
            .setParameter(6, CandidateStatus.SHORTLISTED.name())
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = rows.get(0);
    Set<UUID> shortlist = new HashSet<>();
    if (row[5] != null) {
      for (String id : ((String) row[5]).split(",")) {
        shortlist.add(UUID.fromString(id));
      }
    }
    return new BallotState(
        RoundPhase.valueOf((String) row[0]),
        (Boolean) row[1],
        ((Number) row[2]).intValue(),
        (Boolean) row[3],
        (Boolean) row[4],
        shortlist);
  }

  /**
   * The round as a ballot sees it.
   *
   * @param entitled whether the deputy asked about is entitled to vote in the round's congress
   * @param checkedIn whether the deputy asked about is checked in
   * @param shortlist the candidates on the ballot
   */
  public record BallotState(
      RoundPhase phase,
      boolean ballotClosed,
      int projectsToSelect,
      boolean entitled,
      boolean checkedIn,
      Set<UUID> shortlist) {}

  /**
   * Records that a deputy takes part. The primary key (round, deputy) is the one-ballot-per-deputy
   * rule: a concurrent second attempt waits for the first and then inserts nothing.
   *
   * @return false when the deputy already took part
   */
  public boolean participate(
      String congressId, UUID roundId, UUID deputyId, BallotChannel channel) {
    return em.createNativeQuery(
                "INSERT INTO participation (congress_id, round_id, deputy_id, channel)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .setParameter(3, deputyId)
            .setParameter(4, channel.name())
            .executeUpdate()
        == 1;
  }

  /**
   * A deputy's electronic ballot in one statement: the participation row, and only when it was
   * inserted (the primary key (round, deputy) is the one-ballot-per-deputy rule; a concurrent
   * second attempt waits for the first and then inserts nothing) the ballot under a random (v4) id
   * with its marks. The two rows share nothing but the statement; closing rewrites the ballots so
   * that not even their system columns tie them to it ({@link #shuffle}).
   *
   * @return false when the deputy already took part: nothing was written
   */
  public boolean participateAndDeposit(
      String congressId, UUID roundId, UUID deputyId, String receiptHash, Map<UUID, Choice> marks) {
    String sql =
        "WITH p AS (INSERT INTO participation (congress_id, round_id, deputy_id, channel)"
            + " VALUES (?2, ?3, ?6, ?7) ON CONFLICT DO NOTHING RETURNING round_id),"
            + " b AS (INSERT INTO ballot (id, congress_id, round_id, receipt_hash, paper)"
            + " SELECT ?1, ?2, ?3, ?4, ?5 FROM p RETURNING id),"
            + " c AS (INSERT INTO ballot_choice (ballot_id, candidate_id, choice)"
            + " SELECT b.id, m.candidate_id, m.choice FROM b, (VALUES "
            + markRows(7, marks.size())
            + ") AS m (candidate_id, choice))"
            + " SELECT count(*) FROM p";
    Query statement =
        ballotParameters(em.createNativeQuery(sql), congressId, roundId, receiptHash, false)
            .setParameter(6, deputyId)
            .setParameter(7, BallotChannel.ELECTRONIC.name());
    setMarks(statement, 7, marks);
    return ((Number) statement.getSingleResult()).intValue() == 1;
  }

  /**
   * Puts a ballot that carries no deputy (a paper ballot from the box) under a random (v4) id, with
   * its marks, in one statement (the ballot row in a CTE, its marks in the main insert: the foreign
   * key is checked at the statement's end).
   */
  public void deposit(
      String congressId, UUID roundId, String receiptHash, boolean paper, Map<UUID, Choice> marks) {
    String sql =
        "WITH b AS (INSERT INTO ballot (id, congress_id, round_id, receipt_hash, paper)"
            + " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id)"
            + " INSERT INTO ballot_choice (ballot_id, candidate_id, choice)"
            + " SELECT b.id, m.candidate_id, m.choice FROM b, (VALUES "
            + markRows(5, marks.size())
            + ") AS m (candidate_id, choice)";
    Query statement =
        ballotParameters(em.createNativeQuery(sql), congressId, roundId, receiptHash, paper);
    setMarks(statement, 5, marks);
    statement.executeUpdate();
  }

  private static Query ballotParameters(
      Query statement, String congressId, UUID roundId, String receiptHash, boolean paper) {
    return statement
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, congressId)
        .setParameter(3, roundId)
        .setParameter(4, receiptHash)
        .setParameter(5, paper);
  }

  /** {@code (CAST(?n AS uuid), ?n+1), ...}: one row per mark, parameters after {@code last}. */
  private static String markRows(int last, int count) {
    StringBuilder rows = new StringBuilder();
    int p = last;
    for (int i = 0; i < count; i++) {
      rows.append(i == 0 ? "" : ", ").append("(CAST(?").append(++p).append(" AS uuid), ?");
      rows.append(++p).append(')');
    }
    return rows.toString();
  }

  private static void setMarks(Query statement, int last, Map<UUID, Choice> marks) {
    int p = last;
    for (Map.Entry<UUID, Choice> mark : marks.entrySet()) {
      statement.setParameter(++p, mark.getKey());
      statement.setParameter(++p, mark.getValue().name());
    }
  }

  /** Participations per channel. */
  public Map<BallotChannel, Integer> participations(String congressId, UUID roundId) {
    Map<BallotChannel, Integer> counts = new HashMap<>();
    for (BallotChannel c : BallotChannel.values()) {
      counts.put(c, 0);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT channel, count(*) FROM participation"
                    + " WHERE congress_id = ?1 AND round_id = ?2 GROUP BY channel")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .getResultList();
    rows.forEach(r -> counts.put(BallotChannel.valueOf((String) r[0]), ((Number) r[1]).intValue()));
    return counts;
  }

  /** Ballots in the box: [electronic, paper]. */
  public int[] ballots(String congressId, UUID roundId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*) FILTER (WHERE NOT paper), count(*) FILTER (WHERE paper)"
                        + " FROM ballot WHERE congress_id = ?1 AND round_id = ?2")
                .setParameter(1, congressId)
                .setParameter(2, roundId)
                .getSingleResult();
    return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
  }

  /** candidate → [for, against, abstain] over all ballots of the round. */
  public Map<UUID, int[]> countChoices(String congressId, UUID roundId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.candidate_id, c.choice, count(*) FROM ballot_choice c"
                    + " JOIN ballot b ON b.id = c.ballot_id"
                    + " WHERE b.congress_id = ?1 AND b.round_id = ?2"
                    + " GROUP BY c.candidate_id, c.choice")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .getResultList();
    Map<UUID, int[]> counts = new HashMap<>();
    for (Object[] r : rows) {
      int[] c = counts.computeIfAbsent((UUID) r[0], k -> new int[3]);
      c[Choice.valueOf((String) r[1]).ordinal()] = ((Number) r[2]).intValue();
    }
    return counts;
  }

  /**
   * A page of the board: ballots in receipt-hash order after {@code afterHash}, each with its marks
   * in candidate-id order.
   */
  public List<BoardEntry> board(String congressId, UUID roundId, String afterHash, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT b.receipt_hash, c.candidate_id, c.choice FROM ("
                    + " SELECT id, receipt_hash FROM ballot"
                    + " WHERE congress_id = ?1 AND round_id = ?2 AND receipt_hash > ?3"
                    + " ORDER BY receipt_hash LIMIT ?4) b"
                    + " JOIN ballot_choice c ON c.ballot_id = b.id"
                    + " ORDER BY b.receipt_hash, c.candidate_id")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .setParameter(3, afterHash == null ? "" : afterHash)
            .setParameter(4, limit)
            .getResultList();
    Map<String, Map<UUID, Choice>> entries = new LinkedHashMap<>();
    for (Object[] r : rows) {
      entries
          .computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
          .put((UUID) r[1], Choice.valueOf((String) r[2]));
    }
    List<BoardEntry> board = new ArrayList<>(entries.size());
    entries.forEach((hash, marks) -> board.add(new BoardEntry(hash, marks)));
    return board;
  }

  /** The ballot with this receipt hash, if any (index lookup). */
  public BoardEntry findOne(String congressId, UUID roundId, String receiptHash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.candidate_id, c.choice FROM ballot b"
                    + " JOIN ballot_choice c ON c.ballot_id = b.id"
                    + " WHERE b.congress_id = ?1 AND b.round_id = ?2 AND b.receipt_hash = ?3"
                    + " ORDER BY c.candidate_id")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .setParameter(3, receiptHash)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Map<UUID, Choice> marks = new LinkedHashMap<>();
    rows.forEach(r -> marks.put((UUID) r[0], Choice.valueOf((String) r[1])));
    return new BoardEntry(receiptHash, marks);
  }

  /**
   * Rewrites the round's ballot rows in random physical order, in the closing transaction: every
   * row gets the closing transaction's id and a shuffled position, so neither the system columns
   * (xmin) nor the heap order (ctid) tie a ballot to the moment, or the transaction, it was cast in
   * - that is, to a participation row. The superseded row versions are removed by (auto)vacuum.
   */
  public void shuffle(UUID roundId) {
    em.createNativeQuery(
            "CREATE TEMP TABLE shuffled_ballot ON COMMIT DROP AS"
                + " SELECT * FROM ballot WHERE round_id = ?1")
        .setParameter(1, roundId)
        .executeUpdate();
    em.createNativeQuery(
            "CREATE TEMP TABLE shuffled_choice ON COMMIT DROP AS SELECT c.* FROM ballot_choice c"
                + " JOIN shuffled_ballot b ON b.id = c.ballot_id")
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM ballot_choice WHERE ballot_id IN (SELECT id FROM shuffled_ballot)")
        .executeUpdate();
    em.createNativeQuery("DELETE FROM ballot WHERE round_id = ?1")
        .setParameter(1, roundId)
        .executeUpdate();
    em.createNativeQuery("INSERT INTO ballot SELECT * FROM shuffled_ballot ORDER BY random()")
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO ballot_choice SELECT * FROM shuffled_choice ORDER BY random()")
        .executeUpdate();
  }
}
