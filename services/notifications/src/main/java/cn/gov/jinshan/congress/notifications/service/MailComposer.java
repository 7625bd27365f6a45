package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.OutgoingConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Chinese texts of e-mails and text messages, from the Qute templates under {@code
 * templates/mail} and {@code templates/sms}: a subject opened by the kind's tag (【人大代表建议】…), the
 * announcement's body and a link to the item in the console.
 */
@ApplicationScoped
public class MailComposer {
  /** The daily digest's kind and tag key. */
  public static final String DIGEST_KIND = "DAILY_DIGEST";

  private final OutgoingConfig config;
  private final String consoleUrl;
  private final Template subject;
  private final Template message;
  private final Template digestSubject;
  private final Template digest;
  private final Template sms;

  public MailComposer(
      OutgoingConfig config,
      @ConfigProperty(name = "notifications.console-url", defaultValue = "http://127.0.0.1:8080")
          String consoleUrl,
      @Location("mail/subject.txt") Template subject,
      @Location("mail/message.txt") Template message,
      @Location("mail/digest-subject.txt") Template digestSubject,
      @Location("mail/digest.txt") Template digest,
      @Location("sms/message.txt") Template sms) {
    this.config = config;
    this.consoleUrl =
        consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    this.subject = subject;
    this.message = message;
    this.digestSubject = digestSubject;
    this.digest = digest;
    this.sms = sms;
  }

  /** The mail of one announcement to one person. */
  public Composed email(Outgoing o) {
    String link = link(o.kind(), o.itemId());
    String tag = config.subjectTag(o.kind());
    return new Composed(
        subject.data("tag", tag).data("title", o.title()).render().strip(),
        message
            .data("name", o.person().displayName())
            .data("body", o.body())
            .data("link", link)
            .render(),
        link);
  }

  /** The text message of one announcement (short: the title, no link). */
  public Composed sms(Outgoing o) {
    String text =
        sms.data("tag", config.subjectTag(o.kind())).data("title", o.title()).render().strip();
    return new Composed(o.title(), text, link(o.kind(), o.itemId()));
  }

  /** One mail listing a day's digested notifications of a person. */
  public Composed digest(LocalDate day, List<DigestLine> lines) {
    String dayText = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    return new Composed(
        digestSubject
            .data("tag", config.subjectTag(DIGEST_KIND))
            .data("title", "每日通知汇总")
            .data("day", dayText)
            .data("count", lines.size())
            .render()
            .strip(),
        digest.data("day", dayText).data("count", lines.size()).data("lines", lines).render(),
        consoleUrl + "/");
  }

  /** The console page of a kind's item: the configured path, or the start page without item. */
  public String link(String kind, String itemId) {
    String path = config.linkPath(kind);
    if (path.contains("{itemId}")) {
      if (itemId == null || itemId.isBlank()) {
        return consoleUrl + "/";
      }
      path = path.replace("{itemId}", itemId);
    }
    return consoleUrl + path;
  }

  /** A composed message. */
  public record Composed(String subject, String body, String link) {}

  /** A line of a digest. */
  @TemplateData
  public record DigestLine(String subject, String link) {}
}
