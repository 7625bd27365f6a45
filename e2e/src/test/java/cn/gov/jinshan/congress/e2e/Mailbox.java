package cn.gov.jinshan.congress.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What arrived at the stack's SMTP server (GreenMail standalone, infra/local/mail.sh), read through
 * its REST API: the subject comes decoded from RFC 2047, so a Chinese subject reads as written.
 */
final class Mailbox {
  private static final String API =
      "http://127.0.0.1:" + System.getenv().getOrDefault("MAIL_API_PORT", "8025");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MESSAGE_ID =
      Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)", Pattern.MULTILINE);

  private Mailbox() {}

  /** One received mail: its subject (decoded), Message-ID and raw MIME text. */
  record Mail(String to, String subject, String messageId, String raw) {}

  /** Every mail the address received since the server started, oldest first. */
  static List<Mail> of(String address) {
    String path =
        "/api/user/"
            + URLEncoder.encode(address.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
            + "/messages/";
    HttpResponse<String> response = get(path);
    List<Mail> mails = new ArrayList<>();
    if (response.statusCode() == 400 && response.body().contains("not found")) {
      return mails; // nothing ever arrived for that address
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GreenMail answered " + response.statusCode() + ": " + response.body());
    }
    try {
      for (JsonNode m : JSON.readTree(response.body())) {
        String raw = m.path("mimeMessage").asText("");
        Matcher id = MESSAGE_ID.matcher(raw);
        mails.add(
            new Mail(address, m.path("subject").asText(""), id.find() ? id.group(1) : null, raw));
      }
    } catch (IOException e) {
      throw new IllegalStateException("unreadable GreenMail answer", e);
    }
    return mails;
  }

  /** The mails of the address whose subject contains the text. */
  static List<Mail> withSubject(String address, String text) {
    return of(address).stream().filter(m -> m.subject().contains(text)).toList();
  }

  private static HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(API + path))
              .timeout(Duration.ofSeconds(10))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("GreenMail's API at " + API + " is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
