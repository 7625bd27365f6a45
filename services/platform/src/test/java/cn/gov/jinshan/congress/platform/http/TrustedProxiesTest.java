package cn.gov.jinshan.congress.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.PlatformDefaults;
import io.smallrye.common.net.Inet;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quarkus reads a trusted proxy it cannot parse as an address or a CIDR (a bare {@code ::1} among
 * them) as a host name, and looks it up with a new DNS client for every request that is never
 * closed: one socket lost per request. The platform's default names addresses only.
 */
class TrustedProxiesTest {
  private static final Pattern DEFAULT = Pattern.compile("\\$\\{TRUSTED_PROXIES:([^}]*)}");

  @Test
  void shouldTrustTheLoopbackByAddressesAndCidrsOnly() {
    Properties defaults = PlatformDefaults.load();
    Matcher value = DEFAULT.matcher(defaults.getProperty("quarkus.http.proxy.trusted-proxies"));
    assertThat(value.matches()).isTrue();

    assertThat(Arrays.asList(value.group(1).split(",")))
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              String address = entry.replaceFirst("/\\d+$", "");
              assertThat(Inet.parseInetAddress(address)).as("%s is an address", entry).isNotNull();
              // Quarkus reads "host:port" before an IPv6 address: only a CIDR is read as one.
              if (address.contains(":")) {
                assertThat(entry).as("an IPv6 address as a CIDR").matches(".+/\\d+");
              }
            });
  }
}
