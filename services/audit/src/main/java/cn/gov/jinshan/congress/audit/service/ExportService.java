package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import cn.gov.jinshan.congress.audit.domain.Chain;
import cn.gov.jinshan.congress.audit.domain.EntryContent;
import cn.gov.jinshan.congress.audit.repository.LedgerHead;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exports a range of the ledger as JSON Lines: one entry per line with every hashed field, the
 * previous hash and the hash, so that anyone can re-verify it offline with {@code
 * tools.VerifyExport} (see docs/notes/audit.md).
 */
@ApplicationScoped
public class ExportService {
  private static final int CHUNK = 1000;

  private final ChainReader chain;
  private final AuditConfig config;

  public ExportService(ChainReader chain, AuditConfig config) {
    this.chain = chain;
    this.config = config;
  }

  /**
   * The range an export of [from, to] covers (to defaults to the head), checked before anything is
   * written: at most {@code audit.export.max-entries} sequence numbers may be asked for.
   */
  public Range range(Long fromParam, Long toParam) {
    LedgerHead head = chain.head();
    long from = fromParam == null ? 1 : fromParam;
    long to = toParam == null ? head.seq() : Math.min(toParam, head.seq());
    if (from < 1 || (toParam != null && toParam < from)) {
      throw ProblemException.badRequest("export.range");
    }
    long asked = toParam == null ? to : toParam;
    if (asked - from + 1 > config.export().maxEntries()) {
      throw ProblemException.badRequest("export.too-large", config.export().maxEntries());
    }
    return new Range(from, to);
  }

  public void write(Range range, OutputStream out) throws IOException {
    String previous =
        range.from() == 1 ? Chain.GENESIS : chain.hashOf(range.from() - 1).orElse(Chain.GENESIS);
    long next = range.from();
    while (next <= range.to()) {
      List<ChainLink> links = chain.chunk(next, range.to(), CHUNK);
      if (links.isEmpty()) {
        break;
      }
      for (ChainLink link : links) {
        out.write(line(link, previous).getBytes(StandardCharsets.UTF_8));
        previous = link.hash();
        next = link.content().seq() + 1;
      }
    }
    out.flush();
  }

  static String line(ChainLink link, String previous) throws IOException {
    EntryContent e = link.content();
    ObjectNode node = EventJson.mapper().createObjectNode();
    node.put("seq", e.seq());
    node.put("eventId", e.eventId());
    node.put("congressId", e.congressId());
    node.put("eventType", e.eventType());
    node.put("source", e.source());
    node.put("subject", e.subject());
    node.put("actorId", e.actorId());
    node.put("eventTime", Chain.instant(e.eventTime()));
    node.put("topic", e.topic());
    node.put("partition", e.partition());
    node.put("offset", e.offset());
    node.put("receivedAt", Chain.instant(e.receivedAt()));
    node.put("status", e.status().name());
    node.put("raw", e.raw());
    node.put("prevHash", previous);
    node.put("hash", link.hash());
    return EventJson.mapper().writeValueAsString(node) + "\n";
  }

  /** A range of sequence numbers, both ends included. */
  public record Range(long from, long to) {}
}
