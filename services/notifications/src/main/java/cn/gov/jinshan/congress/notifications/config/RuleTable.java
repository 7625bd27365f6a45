package cn.gov.jinshan.congress.notifications.config;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.Relationship;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told what ({@code notifications.rules.<KIND>.*}): per kind of announcement, the
 * relationships whose people are told and the channels they are told on, e.g.
 *
 * <pre>
 * notifications.rules.SUGGESTION_ASSIGNED.recipients=LEAD_DEPARTMENT,CO_HANDLING_DEPARTMENTS
 * notifications.rules.SUGGESTION_ASSIGNED.channels=INBOX,EMAIL
 * notifications.rules.SUGGESTION_SUBMITTED.email-as=DIGEST
 * </pre>
 *
 * A kind without a rule tells only the parties its announcement names itself.
 */
@ConfigMapping(prefix = "notifications.rules")
public interface RuleTable {
  @WithParentName
  Map<String, Rule> kinds();

  /** The rule of one kind. */
  interface Rule {
    /** The relationships told; none (absent) tells only the announcement's own parties. */
    Optional<List<Relationship>> recipients();

    /** The channels; the inbox alone unless configured. */
    @WithDefault("INBOX")
    Set<Channel> channels();

    /**
     * How its e-mails go out: {@code SINGLE} (default) a mail each, unless the person chose the
     * daily digest; {@code DIGEST} always into the person's daily digest. The person's channels per
     * kind and quiet hours apply either way.
     */
    @WithDefault("SINGLE")
    EmailDelivery emailAs();
  }
}
