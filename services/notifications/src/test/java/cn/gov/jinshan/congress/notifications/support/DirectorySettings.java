package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import java.time.Duration;

/** Directory settings for a {@code KeycloakDirectory} a test makes itself. */
public record DirectorySettings(
    String url,
    String realm,
    String clientId,
    String clientSecret,
    Duration cacheTtl,
    Duration timeout,
    Duration listingWait)
    implements DirectoryConfig {

  /** The notifications client of the stack's realm at {@code url}, with short waits. */
  public static DirectorySettings at(String url) {
    return new DirectorySettings(
        url,
        "congress",
        "congress-notifications",
        "congress-notifications-secret",
        Duration.ofMinutes(1),
        Duration.ofSeconds(2),
        Duration.ofMillis(200));
  }

  public DirectorySettings withSecret(String secret) {
    return new DirectorySettings(url, realm, clientId, secret, cacheTtl, timeout, listingWait);
  }
}
