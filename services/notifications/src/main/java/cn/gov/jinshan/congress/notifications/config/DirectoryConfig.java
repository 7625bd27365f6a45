package cn.gov.jinshan.congress.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Where the people are ({@code notifications.directory.*}): Keycloak's admin REST API, read with
 * the client credentials of a client allowed to view and query users and roles.
 */
@ConfigMapping(prefix = "notifications.directory")
public interface DirectoryConfig {
  /** Keycloak's base address, e.g. http://127.0.0.1:8180. */
  String url();

  @WithDefault("congress")
  String realm();

  String clientId();

  String clientSecret();

  /** How long the people of a party are remembered before Keycloak is asked again. */
  @WithDefault("5m")
  Duration cacheTtl();

  /** How long one call to Keycloak may take before it counts as unavailable. */
  @WithDefault("5s")
  Duration timeout();

  /**
   * How long a caller waits for the deputy logins of a congress that are not remembered. Listing
   * thousands of them takes Keycloak a second, a minute and more under load; callers ask inside
   * their transaction, so a longer listing goes on in the background while the caller gives up
   * ({@code DirectoryUnavailable}) and tries its event again.
   */
  @WithDefault("1s")
  Duration listingWait();
}
