package cn.gov.jinshan.congress.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The mails the stack's SMTP server (GreenMail standalone, infra/local/mail.sh) received for one
 * address, read through its REST API; the subject comes decoded from RFC 2047, so a Chinese subject
 * reads as written. Tests use an address, or a marker in the subject, of their own, so that other
 * tests' mails never count.
 */
public final class Mailbox {
  private static final String API =
      "http://127.0.0.1:" + System.getenv().getOrDefault("MAIL_API_PORT", "8025");

  private Mailbox() {}

  /** A received mail: its Message-ID, decoded subject and raw MIME text. */
  public record Received(String messageId, String subject, String mime) {}

  /** What arrived for {@code address} so far. */
  public static List<Received> of(String address) {
    Response response = given().baseUri(API).get("/api/user/{address}/messages/INBOX", address);
    if (response.statusCode() != 200) {
      return List.of(); // nothing arrived yet: GreenMail knows the address only after a mail
    }
    List<Map<String, Object>> mails = JsonPath.from(response.asString()).getList("$");
    return mails.stream()
        .map(
            m ->
                new Received(
                    (String) m.get("Message-ID"),
                    (String) m.get("subject"),
                    (String) m.get("mimeMessage")))
        .toList();
  }

  /** The mails of {@code address} whose subject contains {@code text}. */
  public static List<Received> withSubject(String address, String text) {
    return of(address).stream()
        .filter(m -> m.subject() != null && m.subject().contains(text))
        .toList();
  }

  /** Waits (polling, 10 s at most) until {@code count} mails arrived for {@code address}. */
  public static List<Received> await(String address, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (true) {
      List<Received> mails = of(address);
      if (mails.size() >= count) {
        return mails;
      }
      if (Instant.now().isAfter(deadline)) {
        fail("%d mail(s) expected for %s, %d arrived", count, address, mails.size());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  /** A fresh address, so that a test reads only its own mails. */
  public static String newAddress(String what) {
    return what + "-" + java.util.UUID.randomUUID() + "@example.org";
  }
}
