package cn.gov.jinshan.congress.console.notifications;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The header's unread count per person, kept for a few seconds: every page shows it, and asking the
 * notifications service on each page costs a call through the gateway per page, as much as the
 * page's own data on a list. A new notification reaches the badge within {@code max-age}; marking
 * read in the console forgets the person's count at once, so the badge never lags their own action.
 * A count that could not be read is not kept.
 */
@ApplicationScoped
public class UnreadCounts {
  private static final Logger LOG = Logger.getLogger(UnreadCounts.class);
  private final Cache<String, Long> counts;

  public UnreadCounts(
      @ConfigProperty(name = "console.unread-badge.max-age", defaultValue = "5S") Duration maxAge) {
    this.counts = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(maxAge).build();
  }

  /** The person's count, read with {@code read} when none is kept; null when it cannot be read. */
  Long of(String subject, LongSupplier read) {
    // a loader that answers null keeps nothing: the next page asks again
    return counts.get(
        subject,
        s -> {
          try {
            return Math.max(0, read.getAsLong());
          } catch (RuntimeException e) {
            LOG.debugf("no unread count for %s: %s", s, e.toString());
            return null;
          }
        });
  }

  /** The person changed what is unread (marked one or all as read). */
  void forget(String subject) {
    counts.invalidate(subject);
  }
}
