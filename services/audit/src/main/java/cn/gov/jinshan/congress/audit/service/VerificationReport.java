package cn.gov.jinshan.congress.audit.service;

/**
 * The result of walking the chain over {@code [from, to]}.
 *
 * @param walkedFrom the first sequence number actually walked (after the checkpoint it started at)
 * @param checkpoint the checkpoint the walk started from, 0 for the genesis
 * @param firstBroken the first sequence number that does not verify, null when OK
 * @param reason why it does not verify, null when OK
 */
public record VerificationReport(
    Status status,
    long from,
    long to,
    long walkedFrom,
    long checkpoint,
    long checked,
    Long firstBroken,
    Reason reason,
    long headSeq,
    String headHash) {

  public enum Status {
    OK,
    BROKEN
  }

  public enum Reason {
    /** The entry's content does not hash to its stored hash (it was changed). */
    HASH_MISMATCH,
    /** The sequence number is missing (an entry was removed). */
    GAP,
    /** The recomputed hash differs from the checkpoint stored for that sequence number. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature is wrong. */
    CHECKPOINT_SIGNATURE,
    /** The head does not match the last entry. */
    HEAD_MISMATCH
  }
}
