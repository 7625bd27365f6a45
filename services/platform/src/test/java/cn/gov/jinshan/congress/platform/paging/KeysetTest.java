package cn.gov.jinshan.congress.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class KeysetTest {
  private static final UUID ID = UUID.fromString("0b6c3f0e-6f1d-4c1a-9c55-0a7f8d2e4b11");

  @Test
  void shouldRoundTripEachKeyType() {
    Instant at = Instant.parse("2026-12-06T08:15:30.123456Z");
    LocalDate day = LocalDate.of(2026, 2, 28);
    String token = Keyset.token("张三\u001f:12", ID, day, at, 2026, 9_000_000_000L);

    Keyset read =
        Keyset.read(
            token,
            KeyType.TEXT,
            KeyType.UUID,
            KeyType.DATE,
            KeyType.INSTANT,
            KeyType.NUMBER,
            KeyType.NUMBER);

    assertThat(read.text(0)).isEqualTo("张三\u001f:12");
    assertThat(read.uuid(1)).isEqualTo(ID);
    assertThat(read.date(2)).isEqualTo(day);
    assertThat(read.instant(3)).isEqualTo(at);
    assertThat(read.integer(4)).isEqualTo(2026);
    assertThat(read.number(5)).isEqualTo(9_000_000_000L);
  }

  @Test
  void shouldBeOpaqueUrlSafeText() {
    String token = Keyset.token("a/b+c?", ID);
    assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("a/b");
  }

  @Test
  void shouldRoundTripAnEmptyTextAndAMissingValue() {
    Keyset read = Keyset.read(Keyset.token("", null, ID), KeyType.TEXT, KeyType.DATE, KeyType.UUID);
    assertThat(read.text(0)).isEmpty();
    assertThat(read.date(1)).isNull();
    assertThat(read.uuid(2)).isEqualTo(ID);
  }

  @Test
  void shouldReadNoTokenAsTheFirstPage() {
    Keyset first = Keyset.read(null, KeyType.INSTANT, KeyType.UUID);
    assertThat(first.instant(0)).isNull();
    assertThat(first.uuid(1)).isNull();
  }

  @Test
  void shouldRefuseGarbageDamageAndTokensOfAnotherList() {
    String good = Keyset.token(2026, ID);
    String body = new String(Base64.getUrlDecoder().decode(good), StandardCharsets.UTF_8);
    String changedYear = body.replace("2026", "2027");
    assertInvalid(() -> Keyset.read("not a token!", KeyType.NUMBER, KeyType.UUID));
    assertInvalid(() -> Keyset.read("", KeyType.NUMBER, KeyType.UUID));
    assertInvalid(
        () -> Keyset.read(good.substring(0, good.length() - 3), KeyType.NUMBER, KeyType.UUID));
    assertInvalid(() -> Keyset.read(encode(changedYear), KeyType.NUMBER, KeyType.UUID));
    // another list's token: other types, fewer or more values
    assertInvalid(() -> Keyset.read(good, KeyType.TEXT, KeyType.UUID));
    assertInvalid(() -> Keyset.read(good, KeyType.NUMBER));
    assertInvalid(() -> Keyset.read(good, KeyType.NUMBER, KeyType.UUID, KeyType.UUID));
    // a token of the format before this one
    assertInvalid(() -> Keyset.read(encode("2026\u001f" + ID), KeyType.NUMBER, KeyType.UUID));
    // well-formed but not a value of its type
    assertInvalid(() -> Keyset.read(Keyset.token("x", "y"), KeyType.TEXT, KeyType.UUID));
    assertInvalid(() -> Keyset.read(Keyset.token(9_000_000_000L), KeyType.NUMBER).integer(0));
  }

  private static String encode(String body) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertInvalid(ThrowingCallable reading) {
    assertThatThrownBy(reading)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProblemKind.MALFORMED_REQUEST);
              assertThat(e.messageKey()).isEqualTo("page-token.invalid");
            });
  }
}
