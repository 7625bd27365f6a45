package cn.gov.jinshan.congress.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private final Principal alice = new Principal("alice", "JS-DISTRICT");
  private final long inAnHour = System.currentTimeMillis() / 1000 + 3600;

  @Test
  void shouldRememberTokenUntilItExpires() {
    VerifiedTokens tokens = new VerifiedTokens(10, Runnable::run);
    tokens.put("t1", alice, inAnHour);

    assertThat(tokens.get("t1", inAnHour - 1)).isEqualTo(alice);
    assertThat(tokens.get("t1", inAnHour)).isNull();
    assertThat(tokens.get("t1", inAnHour - 1)).as("an expired entry is gone").isNull();
  }

  @Test
  void shouldNotKeepATokenThatHasAlreadyExpired() {
    VerifiedTokens tokens = new VerifiedTokens(10, Runnable::run);
    tokens.put("old", alice, System.currentTimeMillis() / 1000 - 1);

    assertThat(tokens.get("old", 0)).as("expired by the cache's own clock").isNull();
  }

  @Test
  void shouldStayBoundedWithoutDroppingEverything() {
    VerifiedTokens tokens = new VerifiedTokens(2, Runnable::run);
    tokens.put("t1", alice, inAnHour);
    tokens.put("t2", alice, inAnHour);
    tokens.get("t1", 0);
    tokens.get("t2", 0);

    tokens.put("t3", alice, inAnHour);

    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.get("t1", 0) != null || tokens.get("t2", 0) != null)
        .as("a full cache evicts one entry, not all of them")
        .isTrue();
  }
}
