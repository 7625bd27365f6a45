package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.Receipt;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.query.BoardEntry;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The public board: the ballots of a closed round in receipt-hash order (a random permutation of
 * casting order), without any deputy; its digest; and sealing the box when the ballot closes.
 */
@ApplicationScoped
public class PublicBoard {
  private static final int CHUNK = 1000;

  private final BallotBoxRepository box;

  public PublicBoard(BallotBoxRepository box) {
    this.box = box;
  }

  /**
   * Seals the box at closing: rewrites the round's ballot rows in random order (new {@code xmin},
   * shuffled {@code ctid}, so neither ties a ballot to its casting transaction) and answers the
   * digest of the board to publish with the result.
   */
  public String seal(String congress, UUID roundId) {
    box.shuffle(roundId);
    return walk(congress, roundId, entry -> {});
  }

  /** A page of the board after a receipt hash (null: from the start). */
  public List<BoardEntry> page(VotingRound round, String afterHash, int limit) {
    return box.board(round.congressId(), round.id(), afterHash, limit);
  }

  /** The ballot with this receipt code; the server hashes it. 404 naming the code otherwise. */
  public BoardEntry find(VotingRound round, String code) {
    BoardEntry entry = box.findOne(round.congressId(), round.id(), Receipt.hash(code));
    if (entry == null) {
      throw NotFound.of("receipt", code.strip());
    }
    return entry;
  }

  /** Hands every entry of the board to {@code each}, in board order; answers the board's digest. */
  public String walk(String congress, UUID roundId, Consumer<BoardEntry> each) {
    MessageDigest digest = sha256();
    String after = "";
    while (true) {
      List<BoardEntry> page = box.board(congress, roundId, after, CHUNK);
      for (BoardEntry entry : page) {
        digest.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
        each.accept(entry);
      }
      if (page.size() < CHUNK) {
        break;
      }
      after = page.get(page.size() - 1).receiptHash();
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * One board line as digested: {@code <receiptHash>:<candidateId>=<CHOICE>,...\n} with candidates
   * in ascending order of their id's text.
   */
  public static String canonical(BoardEntry entry) {
    return entry.receiptHash()
        + ":"
        + entry.marks().entrySet().stream()
            .sorted(Comparator.comparing(e -> e.getKey().toString()))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","))
        + "\n";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
