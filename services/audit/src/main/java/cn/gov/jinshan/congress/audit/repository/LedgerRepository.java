package cn.gov.jinshan.congress.audit.repository;

import cn.gov.jinshan.congress.audit.domain.LedgerEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads of the ledger. */
@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

  public Optional<LedgerEntry> bySeq(long seq) {
    return findByIdOptional(seq);
  }

  /** Entries with {@code from <= seq <= to}, in order, at most {@code limit}. */
  public List<LedgerEntry> range(long from, long to, int limit) {
    return find(
            "seq >= :from and seq <= :to order by seq", Parameters.with("from", from).and("to", to))
        .page(0, limit)
        .list();
  }

  /** A filtered page; {@code where} uses only the named parameters in {@code params}. */
  public List<LedgerEntry> page(String where, Parameters params, boolean ascending, int limit) {
    return find(where + " order by seq " + (ascending ? "asc" : "desc"), params)
        .page(0, limit)
        .list();
  }
}
