package cn.gov.jinshan.congress.audit.service;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ledger append throughput in batches as the consumer delivers them (not run by default: {@code
 * -Dbench.audit.ledger=true -Dtest=LedgerThroughputBench}). Writes to the shared ledger under
 * congress BENCH.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LedgerThroughputBench {
  @Inject LedgerService ledger;

  @Test
  void measureAppendThroughput() {
    assumeThat(Boolean.getBoolean("bench.audit.ledger")).isTrue();
    int batches = 40;
    int size = 500;
    String run = UUID.randomUUID().toString();
    long started = System.nanoTime();
    for (int b = 0; b < batches; b++) {
      List<IncomingRecord> batch = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        String id = run + "-" + b + "-" + i;
        batch.add(
            new IncomingRecord(
                "congress.bench.v1",
                i % 3,
                (long) b * size + i,
                id,
                "{\"specversion\":\"1.0\",\"id\":\""
                    + id
                    + "\",\"source\":\"/congress/bench\",\"type\":\"congress.bench.Benchmarked.v1\","
                    + "\"subject\":\""
                    + UUID.randomUUID()
                    + "\",\"time\":\"2026-01-15T02:30:00Z\",\"congressid\":\"BENCH\","
                    + "\"actorid\":\"bench\",\"data\":{\"title\":\"关于加快推进农村公路提档升级的建议\","
                    + "\"content\":\""
                    + "内容".repeat(150)
                    + "\"}}"));
      }
      ledger.append(batch);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "BENCH ledger append: %d entries in %.2f s = %.0f entries/s%n",
        batches * size, seconds, batches * size / seconds);
  }
}
