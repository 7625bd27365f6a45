package cn.gov.jinshan.congress.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private final Principal alice = new Principal("alice", "JS-DISTRICT");

  @Test
  void shouldRememberTokenUntilItExpires() {
    VerifiedTokens tokens = new VerifiedTokens(10);
    tokens.put("t1", alice, 1000);

    assertThat(tokens.get("t1", 999)).isEqualTo(alice);
    assertThat(tokens.get("t1", 1000)).isNull();
    assertThat(tokens.get("t1", 999)).isNull();
  }

  @Test
  void shouldStayBounded() {
    VerifiedTokens tokens = new VerifiedTokens(2);
    tokens.put("t1", alice, 1000);
    tokens.put("t2", alice, 1000);

    tokens.put("t3", alice, 1000);

    assertThat(tokens.get("t1", 0)).isNull();
    assertThat(tokens.get("t3", 0)).isEqualTo(alice);
  }
}
