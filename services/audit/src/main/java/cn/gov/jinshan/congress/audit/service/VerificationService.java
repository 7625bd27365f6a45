package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.Chain;
import cn.gov.jinshan.congress.audit.domain.Checkpoint;
import cn.gov.jinshan.congress.audit.repository.LedgerHead;
import cn.gov.jinshan.congress.audit.service.VerificationReport.Reason;
import cn.gov.jinshan.congress.audit.service.VerificationReport.Status;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the hash chain over a range and reports the first sequence number that does not verify. The
 * walk starts at the nearest signed checkpoint before the range (or the genesis), so checking
 * recent entries reads at most one checkpoint interval more than the range.
 */
@ApplicationScoped
public class VerificationService {
  private static final int CHUNK = 1000;

  private final ChainReader chain;
  private final CheckpointSigner signer;

  public VerificationService(ChainReader chain, CheckpointSigner signer) {
    this.chain = chain;
    this.signer = signer;
  }

  public VerificationReport verify(Long fromParam, Long toParam) {
    LedgerHead head = chain.head();
    long from = fromParam == null ? 1 : fromParam;
    long to = toParam == null ? head.seq() : Math.min(toParam, head.seq());
    if (from < 1 || (toParam != null && toParam < from)) {
      throw ProblemException.badRequest("verification.range");
    }
    if (to < from) {
      return new VerificationReport(
          Status.OK, from, to, from, 0, 0, null, null, head.seq(), head.hash());
    }
    Optional<Checkpoint> start = chain.checkpointBefore(from);
    long checkpoint = start.map(Checkpoint::seq).orElse(0L);
    String previous = start.map(Checkpoint::hash).orElse(Chain.GENESIS);
    long walkedFrom = checkpoint + 1;
    if (start.isPresent() && !signer.verify(checkpoint, previous, start.get().signature())) {
      return broken(
          from, to, walkedFrom, checkpoint, 0, checkpoint, Reason.CHECKPOINT_SIGNATURE, head);
    }
    Map<Long, Checkpoint> checkpoints = new HashMap<>();
    for (Checkpoint c : chain.checkpointsWithin(walkedFrom, to)) {
      checkpoints.put(c.seq(), c);
    }
    long expected = walkedFrom;
    long checked = 0;
    while (expected <= to) {
      List<ChainLink> links = chain.chunk(expected, to, CHUNK);
      if (links.isEmpty()) {
        break;
      }
      for (ChainLink link : links) {
        long seq = link.content().seq();
        if (seq != expected) {
          return broken(from, to, walkedFrom, checkpoint, checked, expected, Reason.GAP, head);
        }
        String computed = Chain.hash(previous, link.content());
        if (!computed.equals(link.hash())) {
          return broken(from, to, walkedFrom, checkpoint, checked, seq, Reason.HASH_MISMATCH, head);
        }
        Checkpoint c = checkpoints.get(seq);
        if (c != null
            && (!c.hash().equals(computed) || !signer.verify(seq, c.hash(), c.signature()))) {
          return broken(
              from, to, walkedFrom, checkpoint, checked, seq, Reason.CHECKPOINT_MISMATCH, head);
        }
        previous = computed;
        expected++;
        checked++;
      }
    }
    if (expected <= to) {
      return broken(from, to, walkedFrom, checkpoint, checked, expected, Reason.GAP, head);
    }
    if (to == head.seq() && !previous.equals(head.hash())) {
      return broken(from, to, walkedFrom, checkpoint, checked, to, Reason.HEAD_MISMATCH, head);
    }
    return new VerificationReport(
        Status.OK, from, to, walkedFrom, checkpoint, checked, null, null, head.seq(), head.hash());
  }

  private static VerificationReport broken(
      long from,
      long to,
      long walkedFrom,
      long checkpoint,
      long checked,
      long seq,
      Reason reason,
      LedgerHead head) {
    return new VerificationReport(
        Status.BROKEN,
        from,
        to,
        walkedFrom,
        checkpoint,
        checked,
        seq,
        reason,
        head.seq(),
        head.hash());
  }
}
