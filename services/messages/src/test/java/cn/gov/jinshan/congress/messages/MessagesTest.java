package cn.gov.jinshan.congress.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void shouldResolveSharedTextsInBothLanguages() {
    assertThat(Messages.get(Locale.ROOT, "title.not-found")).isEqualTo("Not found");
    assertThat(Messages.get(Messages.CHINESE, "title.not-found")).isEqualTo("未找到");
    assertThat(Messages.get(Locale.ROOT, "not-found", "Deputy", "42"))
        .isEqualTo("Deputy 42 does not exist.");
  }

  @Test
  void shouldReturnAnUnknownKeyAsItIs() {
    assertThat(Messages.get(Locale.ROOT, "no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void shouldChooseChineseOnlyWhenItIsTheFirstKnownLanguage() {
    assertThat(Messages.choose("zh-CN,en;q=0.5")).isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose("fr, en;q=0.9, zh;q=0.8")).isEqualTo(Locale.ROOT);
    assertThat(Messages.choose("en;q=0.1, zh;q=0.9")).isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose("not a header;;")).isEqualTo(Locale.ROOT);
    assertThat(Messages.choose((String) null)).isEqualTo(Locale.ROOT);
    assertThat(Messages.choose(List.of(Locale.FRENCH, Locale.CHINESE))).isEqualTo(Messages.CHINESE);
    assertThat(Messages.choose(List.of())).isEqualTo(Locale.ROOT);
  }
}
