package cn.gov.jinshan.congress.notifications.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a person chose: the channels per kind (those not listed use {@code defaultChannels}), a
 * daily digest instead of single mails, quiet hours (null = none). The inbox is always on: it is
 * not a choice and never stored.
 *
 * @param version 0 for the configured defaults (nothing stored yet)
 */
public record Preferences(
    Set<Channel> defaultChannels,
    Map<String, Set<Channel>> kindChannels,
    boolean dailyDigest,
    QuietHours quietHours,
    long version) {

  public Preferences {
    defaultChannels = withoutInbox(defaultChannels);
    kindChannels =
        kindChannels == null
            ? Map.of()
            : Map.copyOf(
                kindChannels.entrySet().stream()
                    .collect(
                        java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, e -> withoutInbox(e.getValue()))));
  }

  /** Whether the person wants to be told of {@code kind} on {@code channel}. */
  public boolean wants(String kind, Channel channel) {
    return channel == Channel.INBOX
        || kindChannels.getOrDefault(kind, defaultChannels).contains(channel);
  }

  private static Set<Channel> withoutInbox(Set<Channel> channels) {
    EnumSet<Channel> copy = EnumSet.noneOf(Channel.class);
    if (channels != null) {
      copy.addAll(channels);
    }
    copy.remove(Channel.INBOX);
    return Set.copyOf(copy);
  }
}
