package cn.gov.jinshan.congress.notifications.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The Chinese title and body of each kind of announcement, from the Qute template {@code
 * templates/notifications/<KIND>.txt}: its first line is the title, the rest the body. A template
 * reads the announcement's facts by name ({@code {title}}, {@code {dueOn}}, {@code {reason??}} for
 * one that may be missing).
 */
@ApplicationScoped
public class NoticeTexts {
  static final String FOLDER = "notifications/";
  static final String FALLBACK = "DEFAULT";

  private final Engine engine;

  public NoticeTexts(Engine engine) {
    this.engine = engine;
  }

  /** The texts of a kind with these facts; a kind without a template gets the general one. */
  public Rendered render(String kind, Map<String, String> facts) {
    Template template = engine.getTemplate(FOLDER + kind);
    if (template == null) {
      template = engine.getTemplate(FOLDER + FALLBACK);
    }
    var instance = template.instance();
    facts.forEach(instance::data);
    String text = instance.render().strip();
    int newline = text.indexOf('\n');
    return newline < 0
        ? new Rendered(text, "")
        : new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
  }

  /** Whether a kind has a template of its own. */
  public boolean hasTemplate(String kind) {
    return engine.getTemplate(FOLDER + kind) != null;
  }

  /** A rendered title (a line) and body. */
  public record Rendered(String title, String body) {}
}
