package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.service.EventReading.departments;
import static cn.gov.jinshan.congress.notifications.service.EventReading.facts;
import static cn.gov.jinshan.congress.notifications.service.EventReading.list;
import static cn.gov.jinshan.congress.notifications.service.EventReading.read;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.voting.BallotClosed;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.EvaluationOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected.SelectedProject;
import cn.gov.jinshan.congress.notifications.repository.ItemCopyRepository;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events of congress.voting.v1 that people must learn of: a round's ballot opened (the deputies
 * of the congress vote; they are reminded again when the check-in window opens, until the ballot
 * closes), its projects selected (the result, with the departments responsible for delivering them)
 * and the year-end rating of the projects opened (the deputies rate them). Once per event (the
 * {@link Inbox}).
 */
@ApplicationScoped
public class VotingNotices {
  static final String OPENED = EventTypes.typeOf(BallotOpened.class);
  static final String SELECTED = EventTypes.typeOf(ProjectsSelected.class);
  static final String CLOSED = EventTypes.typeOf(BallotClosed.class);
  static final String EVALUATION = EventTypes.typeOf(EvaluationOpened.class);

  /** The event types applied (the channel's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(OPENED, SELECTED, CLOSED, EVALUATION);

  private final Inbox inbox;
  private final ItemCopyRepository items;
  private final Notifier notifier;
  private final ReminderSchedule reminders;

  public VotingNotices(
      Inbox inbox, ItemCopyRepository items, Notifier notifier, ReminderSchedule reminders) {
    this.inbox = inbox;
    this.items = items;
    this.notifier = notifier;
    this.reminders = reminders;
  }

  /**
   * Applies one event of congress.voting.v1.
   *
   * @return false for a redelivery or a type not applied here
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    if (!TYPES.contains(type)
        || !inbox.firstDelivery(SuggestionNotices.CONSUMER, event.id(), type)) {
      return false;
    }
    Instant at = event.time() == null ? Instant.now() : event.time();
    if (OPENED.equals(type)) {
      BallotOpened e = read(event, BallotOpened.class);
      roundCopy(e.roundId(), e.congressId(), e.year(), "VOTING", at);
      notifier.announce(
          new Announcement(
              event.id(),
              "BALLOT_OPENED",
              e.congressId(),
              e.roundId(),
              facts(
                  "year",
                  Integer.toString(e.year()),
                  "projectsToSelect",
                  Integer.toString(e.projectsToSelect()),
                  "candidates",
                  Integer.toString(e.candidateIds() == null ? 0 : e.candidateIds().size())),
              List.of()));
      reminders.checkInWindow(e.congressId(), e.roundId(), e.checkInOpensAt(), e.checkInClosesAt());
    } else if (CLOSED.equals(type)) {
      reminders.checkInOver(read(event, BallotClosed.class).roundId());
    } else if (EVALUATION.equals(type)) {
      EvaluationOpened e = read(event, EvaluationOpened.class);
      roundCopy(e.roundId(), e.congressId(), e.year(), "EVALUATING", at);
      notifier.announce(
          new Announcement(
              event.id(),
              "YEAR_END_RATING_OPEN",
              e.congressId(),
              e.roundId(),
              facts(
                  "year",
                  Integer.toString(e.year()),
                  "count",
                  Integer.toString(list(e.projectIds()).size())),
              List.of()));
    } else {
      ProjectsSelected e = read(event, ProjectsSelected.class);
      List<SelectedProject> projects = e.projects() == null ? List.of() : e.projects();
      roundCopy(e.roundId(), e.congressId(), e.year(), "SELECTED", at);
      List<String> responsible =
          projects.stream()
              .map(SelectedProject::responsibleDepartmentId)
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      notifier.announce(
          new Announcement(
              event.id(),
              "ROUND_RESULT_PUBLISHED",
              e.congressId(),
              e.roundId(),
              facts(
                  "year",
                  Integer.toString(e.year()),
                  "count",
                  Integer.toString(projects.size()),
                  "projects",
                  projects.stream().map(SelectedProject::title).collect(Collectors.joining("、"))),
              departments(responsible)));
    }
    return true;
  }

  /** The round's copy: the title its texts show, and the phase it reached. */
  private void roundCopy(String roundId, String congressId, int year, String state, Instant at) {
    items.merge(
        new ItemChange(roundId, congressId, "ROUND").title(year + "年民生实事项目票决").state(state).build(),
        at);
  }
}
