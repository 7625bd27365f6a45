package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.Checkpoint;
import cn.gov.jinshan.congress.audit.repository.CheckpointRepository;
import cn.gov.jinshan.congress.audit.repository.LedgerHead;
import cn.gov.jinshan.congress.audit.repository.LedgerRepository;
import cn.gov.jinshan.congress.audit.repository.LedgerStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the chain in chunks, one short transaction each (a walk holds no entities). */
@ApplicationScoped
public class ChainReader {
  private final LedgerRepository entries;
  private final CheckpointRepository checkpoints;
  private final LedgerStore store;

  public ChainReader(
      LedgerRepository entries, CheckpointRepository checkpoints, LedgerStore store) {
    this.entries = entries;
    this.checkpoints = checkpoints;
    this.store = store;
  }

  @Transactional
  public List<ChainLink> chunk(long from, long to, int limit) {
    return entries.range(from, to, limit).stream()
        .map(e -> new ChainLink(e.content(), e.hash()))
        .toList();
  }

  @Transactional
  public LedgerHead head() {
    return store.head();
  }

  @Transactional
  public Optional<Checkpoint> checkpointBefore(long seq) {
    return checkpoints.latestBefore(seq);
  }

  @Transactional
  public List<Checkpoint> checkpointsWithin(long from, long to) {
    return checkpoints.within(from, to);
  }

  /** The stored hash of entry {@code seq}, or the genesis for 0. */
  @Transactional
  public Optional<String> hashOf(long seq) {
    return entries.bySeq(seq).map(e -> e.hash());
  }
}
