package cn.gov.jinshan.congress.notifications.api;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.domain.QuietHours;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's notification preferences as the API shows and takes them. INBOX is always listed and
 * always on; a PUT may leave it out.
 */
@Schema(description = "Notification preferences: channels per kind, daily digest, quiet hours")
public record PreferencesBody(
    @Schema(
            description = "Channels for the kinds not listed in channels",
            example = "[\"INBOX\",\"EMAIL\"]")
        @NotNull
        Set<@NotNull Channel> defaultChannels,
    @Schema(description = "Channels per kind (SUGGESTION_ASSIGNED …); absent = none listed")
        Map<String, Set<@NotNull Channel>> channels,
    @Schema(description = "One mail a day listing the day's notifications instead of single mails")
        @NotNull
        Boolean dailyDigest,
    @Schema(
            description =
                "No mail or text message in these local hours (Asia/Shanghai); null = none")
        @Valid
        QuietHoursBody quietHours) {

  private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Local hours [from, until), to the minute; across midnight when until is earlier. */
  public record QuietHoursBody(
      @Schema(example = "22:00", type = SchemaType.STRING, format = "HH:mm")
          @JsonFormat(pattern = "HH:mm")
          @NotNull
          LocalTime from,
      @Schema(example = "07:00", type = SchemaType.STRING, format = "HH:mm")
          @JsonFormat(pattern = "HH:mm")
          @NotNull
          LocalTime until) {}

  static PreferencesBody from(Preferences p) {
    Map<String, Set<Channel>> channels = new TreeMap<>();
    p.kindChannels().forEach((kind, set) -> channels.put(kind, withInbox(set)));
    return new PreferencesBody(
        withInbox(p.defaultChannels()),
        channels,
        p.dailyDigest(),
        p.quietHours() == null
            ? null
            : new QuietHoursBody(p.quietHours().from(), p.quietHours().until()));
  }

  /** The preferences asked for; refuses kinds that are no kind's name and empty quiet hours. */
  Preferences toPreferences() {
    Map<String, Set<Channel>> perKind = channels == null ? Map.of() : channels;
    for (Map.Entry<String, Set<Channel>> entry : perKind.entrySet()) {
      if (entry.getKey() == null || !KIND.matcher(entry.getKey()).matches()) {
        throw new ProblemException(
            ProblemKind.VALIDATION, "preferences.kind.invalid", String.valueOf(entry.getKey()));
      }
      if (entry.getValue() == null) {
        throw new ProblemException(
            ProblemKind.VALIDATION, "preferences.kind.channels-missing", entry.getKey());
      }
    }
    QuietHours quiet = null;
    if (quietHours != null) {
      if (quietHours.from().equals(quietHours.until())) {
        throw new ProblemException(ProblemKind.VALIDATION, "preferences.quiet-hours.empty");
      }
      quiet = new QuietHours(quietHours.from(), quietHours.until());
    }
    return new Preferences(defaultChannels, perKind, dailyDigest, quiet, 0);
  }

  private static Set<Channel> withInbox(Set<Channel> channels) {
    EnumSet<Channel> all = EnumSet.of(Channel.INBOX);
    all.addAll(channels);
    return all;
  }
}
