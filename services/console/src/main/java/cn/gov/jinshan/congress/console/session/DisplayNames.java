package cn.gov.jinshan.congress.console.session;

import cn.gov.jinshan.congress.console.api.DeputiesApi;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The Chinese name the platform keeps for a logged-in person (代表's name from their deputy record, a
 * unit's name from its handling-unit record) for the page header: Keycloak's display names are
 * English ("Deputy 11", "Department Transport"). Every page shows it, so it is kept per subject for
 * a while instead of costing a call per page; a name that cannot be read now is not kept, and the
 * page shows the login name.
 */
@ApplicationScoped
public class DisplayNames {
  private static final Logger LOG = Logger.getLogger(DisplayNames.class);

  private final Cache<String, String> names =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();
  private final DeputiesApi api;

  public DisplayNames(@RestClient DeputiesApi api) {
    this.api = api;
  }

  String deputy(String subject, String fallback) {
    return cached("deputy:" + subject, () -> api.me().name(), fallback);
  }

  String department(String subject, String code, String fallback) {
    return cached("department:" + subject, () -> api.department(code).name(), fallback);
  }

  private String cached(String key, Supplier<String> read, String fallback) {
    String known = names.getIfPresent(key);
    if (known != null) {
      return known;
    }
    try {
      String name = read.get();
      if (name == null || name.isBlank()) {
        return fallback;
      }
      names.put(key, name);
      return name;
    } catch (RuntimeException e) {
      // the header is no reason to fail a page; try again on the next one
      LOG.debugf("no display name for %s: %s", key, e.toString());
      return fallback;
    }
  }
}
