package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every reminder kind has a Chinese template (first line the title) that renders the facts the job
 * gives, with or without the registration number.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReminderTextsTest {
  @Inject Engine engine;

  @Test
  void shouldRenderEveryKindWithItsDeadlineAndNumber() {
    for (ReminderKind kind : ReminderKind.values()) {
      String text = render(kind, Map.of("dueOn", "2026-12-31", "registrationNumber", "6-3-0007"));
      String title = text.lines().findFirst().orElseThrow();
      assertThat(title).as(kind.name()).startsWith("6-3-0007号代表建议").doesNotContain("{");
      assertThat(text).as(kind.name()).contains("2026-12-31").contains("代表建议");
    }
  }

  @Test
  void shouldRenderWithoutARegistrationNumber() {
    for (ReminderKind kind : ReminderKind.values()) {
      String text = render(kind, Map.of("dueOn", "2026-12-31"));
      assertThat(text.lines().findFirst().orElseThrow()).as(kind.name()).startsWith("代表建议");
      assertThat(text)
          .as(kind.name())
          .doesNotContain("{")
          .doesNotContain("null")
          .doesNotContain("号");
    }
  }

  private String render(ReminderKind kind, Map<String, String> facts) {
    Template template = engine.getTemplate("notifications/" + kind.name());
    assertThat(template).as("template of %s", kind).isNotNull();
    var instance = template.instance();
    facts.forEach(instance::data);
    return instance.render().strip();
  }
}
