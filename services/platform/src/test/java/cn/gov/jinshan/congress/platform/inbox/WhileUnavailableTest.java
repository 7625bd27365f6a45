package cn.gov.jinshan.congress.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A consumer waits out a database outage instead of dead-lettering the event (FaultsIT). */
class WhileUnavailableTest {
  private static final Duration PAUSE = Duration.ofMillis(1);

  @Test
  void shouldRunAgainWhileTheDatabaseIsUnavailable() {
    AtomicInteger attempts = new AtomicInteger();

    WhileUnavailable.retry(
        () -> {
          if (attempts.incrementAndGet() < 4) {
            throw refused();
          }
        },
        Duration.ofSeconds(5),
        PAUSE);

    assertThat(attempts).hasValue(4);
  }

  @Test
  void shouldAnswerTheValueOfTheAttemptThatSucceeded() {
    AtomicInteger attempts = new AtomicInteger();

    Object answer =
        WhileUnavailable.call(
            () -> {
              if (attempts.incrementAndGet() < 2) {
                throw refused();
              }
              return "applied";
            },
            Duration.ofSeconds(5),
            PAUSE);

    assertThat(answer).isEqualTo("applied");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void shouldThrowOtherFailuresAtOnce() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                WhileUnavailable.retry(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalArgumentException("malformed event");
                    },
                    Duration.ofSeconds(5),
                    PAUSE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void shouldThrowCheckedFailuresOfTheWorkAtOnce() {
    assertThatThrownBy(
            () ->
                WhileUnavailable.<IOException>retry(
                    () -> {
                      throw new IOException("not json");
                    },
                    Duration.ofSeconds(5),
                    PAUSE))
        .isInstanceOf(IOException.class);
  }

  @Test
  void shouldGiveUpAfterTheBudget() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                WhileUnavailable.retry(
                    () -> {
                      attempts.incrementAndGet();
                      throw refused();
                    },
                    Duration.ofMillis(50),
                    PAUSE))
        .isInstanceOf(JDBCConnectionException.class);
    assertThat(attempts.get()).isGreaterThan(1);
  }

  private static JDBCConnectionException refused() {
    return new JDBCConnectionException(
        "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"));
  }
}
