package cn.gov.jinshan.congress.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.SignatureVerifier;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

  @Test
  void shouldMakeSecretsOfTheSpecificationsFormat() {
    String secret = StandardWebhooks.newSecret();
    assertThat(secret).startsWith("whsec_");
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    assertThat(key.length).isBetween(24, 64);
    assertThat(StandardWebhooks.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void shouldSignAsTheSpecificationsExampleDoes() {
    // the example of the Standard Webhooks reference libraries' tests
    assertThat(
            StandardWebhooks.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void shouldSignSoThatAnIndependentVerifierAcceptsItAndNothingElse() {
    String secret = StandardWebhooks.newSecret();
    long now = Instant.now().getEpochSecond();
    String body = "{\"type\":\"suggestion.assigned\",\"data\":{\"suggestionId\":\"s1\"}}";
    String signature = StandardWebhooks.signature(secret, "d-1", now, body);
    String ts = Long.toString(now);

    assertThat(SignatureVerifier.verifies(secret, "d-1", ts, signature, body)).isTrue();
    assertThat(SignatureVerifier.verifies(secret, "d-1", ts, "v1a,x " + signature, body)).isTrue();
    assertThat(SignatureVerifier.verifies(secret, "d-2", ts, signature, body)).isFalse();
    assertThat(SignatureVerifier.verifies(secret, "d-1", ts, signature, body + " ")).isFalse();
    assertThat(SignatureVerifier.verifies(StandardWebhooks.newSecret(), "d-1", ts, signature, body))
        .isFalse();
  }
}
