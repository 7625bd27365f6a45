package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import cn.gov.jinshan.congress.audit.domain.Chain;
import cn.gov.jinshan.congress.audit.domain.EntryContent;
import cn.gov.jinshan.congress.audit.domain.EntryStatus;
import cn.gov.jinshan.congress.audit.repository.LedgerHead;
import cn.gov.jinshan.congress.audit.repository.LedgerStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends records to the ledger, each CloudEvents id once. One transaction per batch: the head row
 * is locked, ids already stored (and repeats within the batch) are skipped, the others get the next
 * sequence numbers and their chained hashes, checkpoints are stored at every multiple of {@code
 * audit.checkpoint.every-entries}, and the head moves. A failure rolls all of it back; the consumer
 * then retries the batch, so nothing is lost and nothing is stored twice.
 */
@ApplicationScoped
public class LedgerService {
  private final LedgerStore store;
  private final CheckpointSigner signer;
  private final AuditConfig config;
  private final Clock clock;
  private final Counter appended;
  private final Counter duplicates;
  private final Counter unparseable;
  private final Timer delay;

  public LedgerService(
      LedgerStore store,
      CheckpointSigner signer,
      AuditConfig config,
      Clock clock,
      MeterRegistry registry) {
    this.store = store;
    this.signer = signer;
    this.config = config;
    this.clock = clock;
    this.appended = registry.counter("audit.ledger.appended");
    this.duplicates = registry.counter("audit.ledger.duplicates");
    this.unparseable = registry.counter("audit.ledger.unparseable");
    this.delay =
        Timer.builder("audit.ledger.delay")
            .description("From the event's time (its commit in the producing service) to its entry")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
  }

  /** Appends the records not stored yet; returns what was appended, in sequence order. */
  @Transactional
  public List<AppendedEntry> append(List<IncomingRecord> records) {
    // The received time is taken once the head is ours: time spent waiting for another writer
    // (another instance, a test run against the same ledger) counts as delay, as it is.
    LedgerHead head = store.lockHead();
    Instant now = clock.instant();
    Map<String, RecordReader.Candidate> candidates = new LinkedHashMap<>();
    for (IncomingRecord record : records) {
      RecordReader.Candidate candidate = RecordReader.read(record, now);
      candidates.putIfAbsent(candidate.eventId(), candidate);
    }
    Set<String> existing = store.existingIds(candidates.keySet());
    List<EntryContent> entries = new ArrayList<>(candidates.size());
    List<String> hashes = new ArrayList<>(candidates.size());
    List<AppendedEntry> result = new ArrayList<>(candidates.size());
    long seq = head.seq();
    String hash = head.hash();
    int every = config.checkpoint().everyEntries();
    for (RecordReader.Candidate candidate : candidates.values()) {
      if (existing.contains(candidate.eventId())) {
        continue;
      }
      seq++;
      EntryContent e = withSeq(candidate.content(), seq);
      hash = Chain.hash(hash, e);
      entries.add(e);
      hashes.add(hash);
      result.add(new AppendedEntry(e, hash, candidate.data()));
    }
    duplicates.increment(records.size() - (double) entries.size());
    if (entries.isEmpty()) {
      return result;
    }
    store.insert(entries, hashes);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).seq() % every == 0) {
        store.checkpoint(
            entries.get(i).seq(), hashes.get(i), signer.sign(entries.get(i).seq(), hashes.get(i)));
      }
    }
    store.moveHead(new LedgerHead(seq, hash));
    appended.increment(entries.size());
    for (EntryContent e : entries) {
      if (e.status() == EntryStatus.UNPARSEABLE) {
        unparseable.increment();
      } else if (e.eventTime() != null && !e.eventTime().isAfter(now)) {
        delay.record(Duration.between(e.eventTime(), now));
      }
    }
    return result;
  }

  /** Checkpoints the head when it moved since the last checkpoint; returns its seq, or 0. */
  @Transactional
  public long checkpointHead() {
    LedgerHead head = store.lockHead();
    if (head.seq() == 0 || store.lastCheckpointSeq() >= head.seq()) {
      return 0;
    }
    store.checkpoint(head.seq(), head.hash(), signer.sign(head.seq(), head.hash()));
    return head.seq();
  }

  private static EntryContent withSeq(EntryContent c, long seq) {
    return new EntryContent(
        seq,
        c.eventId(),
        c.congressId(),
        c.eventType(),
        c.source(),
        c.subject(),
        c.actorId(),
        c.eventTime(),
        c.topic(),
        c.partition(),
        c.offset(),
        c.receivedAt(),
        c.status(),
        c.raw());
  }
}
