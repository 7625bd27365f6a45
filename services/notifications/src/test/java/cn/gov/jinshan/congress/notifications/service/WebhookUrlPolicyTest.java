package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF rules as production applies them (https only, the allow-list, public addresses). */
class WebhookUrlPolicyTest {
  private final WebhookUrlPolicy production =
      new WebhookUrlPolicy(
          List.of("oa.jinshan.gov.cn", "*.edu.jinshan.gov.cn", "localhost"), false, false);

  @Test
  void shouldAcceptHttpsToAnAllowedHostOnly() {
    assertThat(production.accept("https://oa.jinshan.gov.cn/hooks/congress").getHost())
        .isEqualTo("oa.jinshan.gov.cn");
    assertThat(production.accept("https://OA.jinshan.gov.cn:8443/h").getPort()).isEqualTo(8443);
    assertThat(production.accept("https://school.edu.jinshan.gov.cn/h")).isNotNull();
    assertRefused("http://oa.jinshan.gov.cn/hooks", "webhook.url.scheme");
    assertRefused("https://evil.example.com/hooks", "webhook.url.host");
    assertRefused("https://edu.jinshan.gov.cn/h", "webhook.url.host");
    assertRefused("https://oa.jinshan.gov.cn.evil.example.com/h", "webhook.url.host");
    assertRefused("https://user:pw@oa.jinshan.gov.cn/h", "webhook.url.invalid");
    assertRefused("file:///etc/passwd", "webhook.url.scheme");
    assertRefused("https:///nohost", "webhook.url.invalid");
  }

  @Test
  void shouldSendNothingToAHostThatResolvesToAnInternalAddress() {
    assertThat(production.refusalAtDelivery("localhost"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("non-public address"));
    assertThat(production.refusalAtDelivery("evil.example.com")).isPresent();
    WebhookUrlPolicy development = new WebhookUrlPolicy(List.of("localhost"), true, true);
    assertThat(development.refusalAtDelivery("localhost")).isEmpty();
  }

  @Test
  void shouldTellPublicAddressesFromInternalOnes() throws Exception {
    for (String internal :
        List.of(
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "224.0.0.1")) {
      assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(internal))).as(internal).isFalse();
    }
    for (String external : List.of("8.8.8.8", "202.96.209.133", "2001:4860:4860::8888")) {
      assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(external))).as(external).isTrue();
    }
  }

  private void assertRefused(String url, String messageKey) {
    assertThatThrownBy(() -> production.accept(url))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).messageKey()).isEqualTo(messageKey));
  }
}
