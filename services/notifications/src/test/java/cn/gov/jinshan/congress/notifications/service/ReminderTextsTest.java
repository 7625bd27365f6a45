package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every reminder kind has its own Chinese template, and it reads the facts the job gives (the
 * deadline as dueOn, or closesOn for the evaluation window) with the item copy's title and number.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReminderTextsTest {
  @Inject NoticeTexts texts;

  @Test
  void shouldRenderEveryKindWithItsDeadline() {
    for (ReminderKind kind : ReminderKind.values()) {
      assertThat(texts.hasTemplate(kind.name())).as(kind.name()).isTrue();
      Map<String, String> facts = new HashMap<>();
      facts.put("dueOn", "2026-12-31");
      if (kind == ReminderKind.EVALUATION_CLOSING) {
        facts.put("closesOn", "2026-12-31");
      }
      if (kind == ReminderKind.CHECK_IN_OPEN) {
        facts.put("closesAt", "2026-12-31 11:30");
      }
      facts.put("registrationNumber", "6-3-0007");
      facts.put("title", "关于增设社区养老服务点的建议");
      NoticeTexts.Rendered text = texts.render(kind.name(), facts);
      assertThat(text.title()).as(kind.name()).contains("关于增设社区养老服务点的建议");
      assertThat(text.body()).as(kind.name()).contains("2026-12-31").doesNotContain("{");
    }
  }
}
