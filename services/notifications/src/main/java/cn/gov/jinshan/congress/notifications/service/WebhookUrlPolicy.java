package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go (SSRF safety): only {@code https} (plain {@code http} where the profile
 * allows it), no user info, a host on the allow-list; and at delivery time only to public
 * addresses, the name being resolved again then, so that a host re-pointed to an internal address
 * after it was accepted is refused (DNS rebinding).
 */
@ApplicationScoped
public class WebhookUrlPolicy {
  private final List<String> allowedHosts;
  private final boolean allowHttp;
  private final boolean allowPrivateAddresses;

  @Inject
  public WebhookUrlPolicy(WebhooksConfig config) {
    this(
        config.allowedHosts().orElse(List.of()),
        config.allowHttp(),
        config.allowPrivateAddresses());
  }

  WebhookUrlPolicy(List<String> allowedHosts, boolean allowHttp, boolean allowPrivateAddresses) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .toList();
    this.allowHttp = allowHttp;
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  /** The URL as it will be called; 400 {@code webhook.url.*} saying why it is refused. */
  public URI accept(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw ProblemException.badRequest("webhook.url.invalid", url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      throw ProblemException.badRequest(
          allowHttp ? "webhook.url.scheme-or-http" : "webhook.url.scheme", url);
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw ProblemException.badRequest("webhook.url.invalid", url);
    }
    if (!allowed(uri.getHost())) {
      throw ProblemException.badRequest("webhook.url.host", uri.getHost());
    }
    return uri;
  }

  /**
   * Why nothing may be sent to this host now, when its addresses (resolved now) include one that is
   * not public; empty when it may be sent to.
   */
  public Optional<String> refusalAtDelivery(String host) {
    if (!allowed(host)) {
      return Optional.of("host " + host + " is no longer on the allow-list");
    }
    if (allowPrivateAddresses) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!isPublic(address)) {
          return Optional.of(
              "host " + host + " resolves to a non-public address " + address.getHostAddress());
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("host " + host + " cannot be resolved");
    }
  }

  private boolean allowed(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String allowed : allowedHosts) {
      if (allowed.startsWith("*.")
          ? h.endsWith(allowed.substring(1)) && h.length() > allowed.length() - 1
          : h.equals(allowed)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPublic(InetAddress address) {
    byte[] a = address.getAddress();
    boolean uniqueLocalV6 = a.length == 16 && (a[0] & 0xfe) == 0xfc;
    boolean carrierGradeNat = a.length == 4 && (a[0] & 0xff) == 100 && (a[1] & 0xc0) == 64;
    return !(address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6
        || carrierGradeNat);
  }
}
