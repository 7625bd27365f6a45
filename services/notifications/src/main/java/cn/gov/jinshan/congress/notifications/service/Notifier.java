package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.RuleTable;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.ItemCopy;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.domain.Relationship;
import cn.gov.jinshan.congress.notifications.repository.ItemCopyRepository;
import cn.gov.jinshan.congress.notifications.repository.NotificationRepository;
import cn.gov.jinshan.congress.notifications.repository.NotificationRepository.NewEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** The one way to tell people something (see {@link #announce}). */
@ApplicationScoped
public class Notifier {
  private static final Logger LOG = Logger.getLogger(Notifier.class);

  private final RuleTable rules;
  private final ItemCopyRepository items;
  private final Directory directory;
  private final EntitledDeputies entitledDeputies;
  private final NotificationRepository inbox;
  private final NoticeTexts texts;
  private final Instance<OutgoingChannel> outgoing;
  private final Event<InboxChanged> changes;
  private final Clock clock;

  public Notifier(
      RuleTable rules,
      ItemCopyRepository items,
      Directory directory,
      EntitledDeputies entitledDeputies,
      NotificationRepository inbox,
      NoticeTexts texts,
      @Any Instance<OutgoingChannel> outgoing,
      Event<InboxChanged> changes,
      Clock clock) {
    this.rules = rules;
    this.items = items;
    this.directory = directory;
    this.entitledDeputies = entitledDeputies;
    this.inbox = inbox;
    this.texts = texts;
    this.outgoing = outgoing;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * In the caller's transaction: the rule table (config, kind → relationships) and the item copy
   * give the parties, the {@link Directory} gives their people; one inbox entry per (sourceId,
   * person), unique in the database. For each person told the first time, every {@link
   * OutgoingChannel} gets the message with the rule's channels and way of mailing, in this
   * transaction.
   *
   * @throws DirectoryUnavailable when the directory cannot tell who the people are, or the copy of
   *     the deputies does not know the congress's deputies yet ({@link DeputiesNotKnownYet}): the
   *     caller's transaction rolls back and the event is tried again
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(Announcement announcement) {
    Optional<RuleTable.Rule> rule = Optional.ofNullable(rules.kinds().get(announcement.kind()));
    if (rule.isEmpty()) {
      LOG.warnf("no rule for %s: only its own parties are told", announcement.kind());
    }
    Optional<ItemCopy> item =
        announcement.itemId() == null ? Optional.empty() : items.find(announcement.itemId());
    Map<String, Person> people = people(announcement, rule, item);
    if (people.isEmpty()) {
      return;
    }
    Map<String, String> facts = facts(announcement, item);
    NoticeTexts.Rendered text = texts.render(announcement.kind(), facts);
    Set<Channel> channels =
        rule.map(r -> (Set<Channel>) EnumSet.copyOf(r.channels()))
            .orElse(EnumSet.of(Channel.INBOX));
    EmailDelivery emailAs = rule.map(RuleTable.Rule::emailAs).orElse(EmailDelivery.SINGLE);
    for (Person person : people.values()) {
      boolean first =
          inbox
              .insertOnce(
                  new NewEntry(
                      announcement.congressId(),
                      person.id(),
                      announcement.sourceId(),
                      announcement.kind(),
                      announcement.itemId(),
                      text.title(),
                      text.body(),
                      null),
                  clock.instant())
              .isPresent();
      if (!first) {
        continue;
      }
      changes.fire(new InboxChanged(person.id(), announcement.congressId()));
      Outgoing message =
          new Outgoing(
              announcement.sourceId(),
              announcement.congressId(),
              announcement.kind(),
              announcement.itemId(),
              person,
              text.title(),
              text.body(),
              channels,
              emailAs,
              facts);
      outgoing.forEach(channel -> channel.accept(message));
    }
  }

  /** The people of every party the rule and the announcement name, each once. */
  private Map<String, Person> people(
      Announcement a, Optional<RuleTable.Rule> rule, Optional<ItemCopy> item) {
    Set<Party> parties = new LinkedHashSet<>();
    boolean entitled = false;
    for (Relationship relationship : rule.flatMap(RuleTable.Rule::recipients).orElse(List.of())) {
      if (relationship == Relationship.ENTITLED_DEPUTIES) {
        entitled = true;
      } else {
        parties.addAll(parties(relationship, a.congressId(), item));
      }
    }
    parties.addAll(a.extraParties());
    Map<String, Person> people = new LinkedHashMap<>();
    if (entitled) {
      entitledDeputies.of(a.congressId()).forEach(p -> people.putIfAbsent(p.id(), p));
    }
    for (Party party : parties) {
      directory.people(a.congressId(), party).forEach(p -> people.putIfAbsent(p.id(), p));
    }
    return people;
  }

  private static List<Party> parties(
      Relationship relationship, String congressId, Optional<ItemCopy> item) {
    return switch (relationship) {
      case LEAD_DEPUTY -> one(Party.Kind.DEPUTY, item.map(ItemCopy::leadDeputyId));
      case CO_SIGNERS ->
          item.map(i -> each(Party.Kind.DEPUTY, i.coSignerDeputyIds())).orElse(List.of());
      case LEAD_DEPARTMENT -> one(Party.Kind.DEPARTMENT, item.map(ItemCopy::leadDepartmentId));
      case CO_HANDLING_DEPARTMENTS ->
          item.map(i -> each(Party.Kind.DEPARTMENT, i.coHandlingDepartmentIds())).orElse(List.of());
      case CONGRESS_STAFF -> List.of(new Party(Party.Kind.CONGRESS_STAFF, congressId));
      case COMMITTEE_MEMBERS -> List.of(new Party(Party.Kind.COMMITTEE_MEMBERS, congressId));
      case ADMINS -> List.of(new Party(Party.Kind.ADMINS, congressId));
      case ENTITLED_DEPUTIES -> List.of();
    };
  }

  private static List<Party> one(Party.Kind kind, Optional<String> id) {
    return id.filter(s -> !s.isBlank()).map(s -> List.of(new Party(kind, s))).orElse(List.of());
  }

  private static List<Party> each(Party.Kind kind, List<String> ids) {
    return ids.stream().filter(s -> !s.isBlank()).map(s -> new Party(kind, s)).toList();
  }

  /**
   * The announcement's facts, completed with what the item copy knows (title, number, due date).
   */
  private static Map<String, String> facts(Announcement a, Optional<ItemCopy> item) {
    Map<String, String> facts = new HashMap<>();
    item.ifPresent(
        i -> {
          putIfKnown(facts, "title", i.title());
          putIfKnown(facts, "registrationNumber", i.registrationNumber());
          putIfKnown(facts, "dueOn", i.dueOn() == null ? null : i.dueOn().toString());
        });
    a.facts().forEach((k, v) -> putIfKnown(facts, k, v));
    return Map.copyOf(facts);
  }

  private static void putIfKnown(Map<String, String> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.put(key, value);
    }
  }
}
