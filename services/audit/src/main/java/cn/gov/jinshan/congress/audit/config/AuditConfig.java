package cn.gov.jinshan.congress.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The configurable rules of the audit service ({@code audit.*}). */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {
  Checkpoints checkpoint();

  Stream stream();

  Lag lag();

  Export export();

  Statistics statistics();

  Ingest ingest();

  interface Ingest {
    /** The most records one ledger transaction appends (batches waiting are combined up to it). */
    @WithDefault("1000")
    int maxBatch();

    /** The most records handed over and not yet stored; the consumer waits beyond it. */
    @WithDefault("5000")
    int maxPending();
  }

  interface Checkpoints {
    /** A checkpoint is stored at every multiple of this sequence number. */
    @WithDefault("1000")
    int everyEntries();

    /** And the head is checkpointed at this interval when it moved. */
    @WithDefault("5m")
    Duration interval();

    /** The HMAC-SHA256 key that signs checkpoints; keep it outside the database. */
    @WithDefault("change-me-in-production")
    String signingKey();
  }

  interface Stream {
    /** Entries buffered per live-stream client; a client whose buffer overflows is dropped. */
    @WithDefault("1000")
    int bufferSize();

    /** How long a replay (Last-Event-ID) waits for a client with a full buffer before dropping. */
    @WithDefault("5s")
    Duration replayWait();
  }

  interface Lag {
    /** Readiness fails when the ledger is more than this many records behind the topics. */
    @WithDefault("10000")
    long maxBehind();

    /** The topics the ledger follows (a Java regular expression, matching whole names). */
    @WithDefault("congress[.].*[.]v1")
    String topicPattern();

    /** How often the lag is measured. */
    @WithDefault("5s")
    Duration interval();
  }

  interface Export {
    /** The most entries one export may hold. */
    @WithDefault("100000")
    int maxEntries();
  }

  interface Statistics {
    /** The longest range of days one statistics request may cover. */
    @WithDefault("366")
    int maxDays();
  }
}
