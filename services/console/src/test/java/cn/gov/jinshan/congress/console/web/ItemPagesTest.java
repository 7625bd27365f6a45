package cn.gov.jinshan.congress.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page a notification or a mail's link opens, per workspace and kind. */
class ItemPagesTest {
  private static final String ID = "7d9f3c1e-0000-4000-8000-000000000001";

  @Test
  void shouldOpenASuggestionInTheReadersOwnWorkspace() {
    assertThat(ItemLinks.page(true, false, "SUGGESTION_RETURNED", ID))
        .isEqualTo("/deputy/items/" + ID);
    assertThat(ItemLinks.page(false, true, "SUGGESTION_ASSIGNED", ID))
        .isEqualTo("/department/tasks/" + ID);
    assertThat(ItemLinks.page(false, true, "KEY_SUPERVISION_MARKED", ID))
        .isEqualTo("/department/tasks/" + ID);
    assertThat(ItemLinks.page(true, false, "KEY_SUPERVISION_MARKED", ID))
        .isEqualTo("/deputy/items/" + ID);
    assertThat(ItemLinks.page(false, false, "SUGGESTION_SUBMITTED", ID)).isNull();
  }

  @Test
  void shouldOpenTheRoundForTheVotingKinds() {
    assertThat(ItemLinks.page(true, false, "BALLOT_OPENED", ID)).isEqualTo("/deputy/voting/" + ID);
    assertThat(ItemLinks.page(true, false, "CHECK_IN_OPEN", ID)).isEqualTo("/deputy/voting/" + ID);
    assertThat(ItemLinks.page(false, false, "ROUND_RESULT_PUBLISHED", ID))
        .isEqualTo("/public/rounds/" + ID);
    assertThat(ItemLinks.page(true, false, "YEAR_END_RATING_OPEN", ID))
        .isEqualTo("/public/projects?round=" + ID);
  }

  @Test
  void shouldLinkNowhereForWhatHasNoPageYet() {
    assertThat(ItemLinks.page(false, true, "HEARING_SCHEDULED", ID)).isNull();
    assertThat(ItemLinks.page(false, true, "RECTIFICATION_DUE_IN_1_DAY", ID)).isNull();
    assertThat(ItemLinks.page(false, false, "WEBHOOK_DISABLED", ID)).isNull();
  }
}
