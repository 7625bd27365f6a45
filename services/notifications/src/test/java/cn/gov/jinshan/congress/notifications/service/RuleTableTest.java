package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.config.RuleTable;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.Relationship;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule table comes from the configuration; every kind has a rule and Chinese texts. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RuleTableTest {
  /** The kinds announced from events and by the reminders and webhooks built on the core. */
  private static final List<String> KINDS =
      List.of(
          "SUGGESTION_REGISTERED",
          "MOTION_ACCEPTED",
          "SUGGESTION_SUBMITTED",
          "CO_SIGNING_INVITED",
          "EXTENSION_DECIDED",
          "SUGGESTION_RETURNED",
          "SUGGESTION_MERGED",
          "SUGGESTION_ASSIGNED",
          "SUGGESTION_SENT_BACK",
          "CONTACT_RECORDED",
          "SUGGESTION_REPLIED",
          "KEY_SUPERVISION_MARKED",
          "DEADLINE_IN_7_DAYS",
          "DEADLINE_IN_1_DAY",
          "DEADLINE_OVERDUE",
          "EVALUATION_CLOSING",
          "BALLOT_OPENED",
          "CHECK_IN_OPEN",
          "ROUND_RESULT_PUBLISHED",
          "YEAR_END_RATING_OPEN",
          "HEARING_ATTENDANCE_REQUESTED",
          "HEARING_SCHEDULED",
          "RECTIFICATION_REQUESTED",
          "RECTIFICATION_DUE_IN_7_DAYS",
          "RECTIFICATION_DUE_IN_1_DAY",
          "RECTIFICATION_OVERDUE",
          "WEBHOOK_DISABLED");

  @Inject RuleTable rules;
  @Inject NoticeTexts texts;

  @Test
  void shouldReadTheRulesFromTheConfiguration() {
    RuleTable.Rule assigned = rules.kinds().get("SUGGESTION_ASSIGNED");
    assertThat(assigned.recipients())
        .contains(List.of(Relationship.LEAD_DEPARTMENT, Relationship.CO_HANDLING_DEPARTMENTS));
    assertThat(assigned.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
    assertThat(assigned.emailAs()).isEqualTo(EmailDelivery.SINGLE);
    assertThat(rules.kinds().get("SUGGESTION_SUBMITTED").emailAs()).isEqualTo(EmailDelivery.DIGEST);
    assertThat(rules.kinds().get("CONTACT_RECORDED").channels()).containsExactly(Channel.INBOX);
    assertThat(rules.kinds().get("DEADLINE_IN_7_DAYS").recipients()).isEqualTo(Optional.empty());
    assertThat(rules.kinds().get("DEADLINE_OVERDUE").recipients())
        .contains(List.of(Relationship.CONGRESS_STAFF));
  }

  @Test
  void shouldHaveARuleAndATemplateForEveryKind() {
    assertThat(rules.kinds().keySet()).containsAll(KINDS);
    assertThat(KINDS).allSatisfy(kind -> assertThat(texts.hasTemplate(kind)).as(kind).isTrue());
  }

  @Test
  void shouldWriteChineseTitlesAndBodiesFromTheFacts() {
    NoticeTexts.Rendered assigned =
        texts.render(
            "SUGGESTION_ASSIGNED",
            Map.of(
                "title", "关于改善学校周边交通的建议",
                "registrationNumber", "17-3-0007",
                "leadDepartmentId", "TRANSPORT",
                "coHandlerDepartmentIds", "EDU、HEALTH",
                "dueOn", "2027-04-30"));
    assertThat(assigned.title()).isEqualTo("新交办建议：17-3-0007 关于改善学校周边交通的建议");
    assertThat(assigned.body())
        .isEqualTo(
            "建议《关于改善学校周边交通的建议》（17-3-0007）已交办，主办单位 TRANSPORT，协办单位 EDU、HEALTH，"
                + "请于 2027-04-30 前答复。");
  }

  @Test
  void shouldRenderWithFactsMissing() {
    NoticeTexts.Rendered returned = texts.render("SUGGESTION_RETURNED", Map.of("title", "某建议"));
    assertThat(returned.title()).isEqualTo("您的建议已退回修改：某建议");
    assertThat(returned.body()).contains("理由：未说明");
    NoticeTexts.Rendered unknown = texts.render("NO_SUCH_KIND", Map.of());
    assertThat(unknown.title()).isEqualTo("新的通知");
    assertThat(unknown.body()).contains("请登录履职平台查看");
  }
}
