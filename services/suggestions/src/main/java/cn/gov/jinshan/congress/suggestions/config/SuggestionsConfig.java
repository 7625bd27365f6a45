package cn.gov.jinshan.congress.suggestions.config;

import cn.gov.jinshan.congress.suggestions.domain.Deadlines;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The configurable rules of suggestion handling ({@code suggestions.*}), domain.md §2. */
@ConfigMapping(prefix = "suggestions")
public interface SuggestionsConfig {
  /** The current term (届) and session (次会议) new items belong to. */
  @WithDefault("6")
  int currentTerm();

  @WithDefault("3")
  int currentSession();

  /** Deputies a motion needs, the lead included. */
  @WithDefault("10")
  int motionMinimumSigners();

  /** How often a dissatisfied evaluation may send an item back to handling. */
  @WithDefault("1")
  int maxRehandlingRounds();

  DeadlinesConfig deadlines();

  OverdueConfig overdue();

  AttachmentsConfig attachments();

  ExportConfig export();

  /** Item exports (CSV, XLSX). */
  interface ExportConfig {
    /** Items read per page (and per transaction) while an export is written. */
    @WithDefault("500")
    int pageSize();
  }

  /** Attachments of items and replies. */
  interface AttachmentsConfig {
    /** The largest file accepted, in bytes (10 MiB). */
    @WithDefault("10485760")
    int maxBytes();

    /** Files per item, its replies' included. */
    @WithDefault("20")
    int maxPerItem();
  }

  /** The overdue scan's schedule (a Quarkus cron, or "off"). */
  interface OverdueConfig {
    @WithDefault("0 0 1 * * ?")
    String cron();
  }

  /** Time limits; periods in ISO-8601 (P3M = three months). */
  interface DeadlinesConfig {
    @WithDefault("P3M")
    Period handling();

    @WithDefault("P6M")
    Period maxHandling();

    @WithDefault("P1M")
    Period coHandlerOpinion();

    @WithDefault("P10D")
    Period sendBack();

    @WithDefault("P1M")
    Period rehandling();

    @WithDefault("20")
    int evaluationWorkingDays();

    /** Days before a deadline when it is flagged as due soon. */
    @WithDefault("7")
    int dueSoonDays();

    /** Public holidays (not working days), e.g. 2026-10-01. */
    Optional<List<LocalDate>> holidays();
  }

  default Deadlines toDeadlines() {
    DeadlinesConfig d = deadlines();
    return new Deadlines(
        d.handling(),
        d.maxHandling(),
        d.coHandlerOpinion(),
        d.sendBack(),
        d.rehandling(),
        d.evaluationWorkingDays(),
        new HashSet<>(d.holidays().orElse(List.of())));
  }
}
