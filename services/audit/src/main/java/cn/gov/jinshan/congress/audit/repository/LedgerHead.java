package cn.gov.jinshan.congress.audit.repository;

/** The last sequence number of the ledger and its hash. */
public record LedgerHead(long seq, String hash) {}
