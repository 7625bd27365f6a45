package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.voting.ProgressReported;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.supervision.domain.SubjectProgress;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.SupervisionSubject;
import cn.gov.jinshan.congress.supervision.repository.SubjectRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Turns other services' events into follow-up supervision subjects: selected livelihood projects
 * and their progress (voting), key supervised suggestions and their replies (suggestions). Each
 * event has its effect once: the inbox row and the effect commit together.
 *
 * <p>The voting events are read into their contract records. The suggestions records were not
 * released when this was written, so those two are read from the envelope's JSON data by field
 * name: KeySupervisionMarked {@code suggestionId, congressId, title, supervisingLeader,
 * leadDepartmentId, markedAt}; SuggestionReplied {@code suggestionId, congressId, departmentId,
 * replyClass, round, repliedAt}. Missing optional fields are tolerated; a missing id or congress is
 * an unreadable event (DLQ).
 */
@ApplicationScoped
public class SubjectEventHandler {
  static final String CONSUMER = "supervision.subjects";
  static final String PROJECTS_SELECTED = EventTypes.typeOf(ProjectsSelected.class);
  static final String PROGRESS_REPORTED = EventTypes.typeOf(ProgressReported.class);
  static final String KEY_SUPERVISION_MARKED = "congress.suggestions.KeySupervisionMarked.v1";
  static final String SUGGESTION_REPLIED = "congress.suggestions.SuggestionReplied.v1";

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES =
      Set.of(PROJECTS_SELECTED, PROGRESS_REPORTED, KEY_SUPERVISION_MARKED, SUGGESTION_REPLIED);

  private final Inbox inbox;
  private final SubjectRepository subjects;
  private final Clock clock;

  public SubjectEventHandler(Inbox inbox, SubjectRepository subjects, Clock clock) {
    this.inbox = inbox;
    this.subjects = subjects;
    this.clock = clock;
  }

  /**
   * Applies one event.
   *
   * @return false when it was a redelivery or of a type that concerns no subject
   * @throws JsonProcessingException when the payload cannot be read (goes to the DLQ; the inbox row
   *     rolls back with the rest, so the event is not taken as processed)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    boolean relevant = TYPES.contains(type);
    if (!relevant || event.data() == null) {
      return false;
    }
    if (!inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    Instant at = event.time() == null ? clock.instant() : event.time();
    if (PROJECTS_SELECTED.equals(type)) {
      ProjectsSelected selected =
          EventJson.mapper().treeToValue(event.data(), ProjectsSelected.class);
      for (ProjectsSelected.SelectedProject p : selected.projects()) {
        SupervisionSubject s =
            subject(selected.congressId(), SubjectSource.LIVELIHOOD_PROJECT, p.projectId());
        s.describe(p.title(), p.responsibleDepartmentId(), null, selected.year(), clock.instant());
        s.progress("SELECTED", null, at, clock.instant());
        progress(s, event, at, null, "票决选定: " + p.title() + " (赞成 " + p.forVotes() + ")");
      }
    } else if (PROGRESS_REPORTED.equals(type)) {
      ProgressReported r = EventJson.mapper().treeToValue(event.data(), ProgressReported.class);
      SupervisionSubject s =
          subject(r.congressId(), SubjectSource.LIVELIHOOD_PROJECT, r.projectId());
      s.describe(null, r.departmentId(), null, null, clock.instant());
      s.progress("IMPLEMENTING", r.percentage(), at, clock.instant());
      progress(s, event, at, r.percentage(), "进度 " + r.percentage() + "%");
    } else if (KEY_SUPERVISION_MARKED.equals(type)) {
      JsonNode d = event.data();
      SupervisionSubject s =
          subject(
              required(d, "congressId"), SubjectSource.KEY_SUGGESTION, required(d, "suggestionId"));
      s.describe(
          text(d, "title"),
          text(d, "leadDepartmentId"),
          text(d, "supervisingLeader"),
          null,
          clock.instant());
      s.progress("KEY_SUPERVISION", null, at, clock.instant());
      progress(s, event, at, null, "列为重点督办, 督办领导: " + text(d, "supervisingLeader"));
    } else {
      JsonNode d = event.data();
      var tracked =
          subjects.bySource(
              required(d, "congressId"), SubjectSource.KEY_SUGGESTION, required(d, "suggestionId"));
      if (tracked.isEmpty()) {
        return true; // a reply to a suggestion that is not under key supervision
      }
      SupervisionSubject s = tracked.get();
      String replyClass = text(d, "replyClass");
      s.progress("REPLIED", null, at, clock.instant());
      progress(s, event, at, null, "答复 " + (replyClass == null ? "" : replyClass + " 类"));
    }
    return true;
  }

  private SupervisionSubject subject(String congressId, SubjectSource source, String sourceId) {
    return subjects
        .bySource(congressId, source, sourceId)
        .orElseGet(
            () -> {
              SupervisionSubject s =
                  SupervisionSubject.track(congressId, source, sourceId, clock.instant());
              subjects.persist(s);
              return s;
            });
  }

  private void progress(
      SupervisionSubject s, EventEnvelope event, Instant at, Integer percent, String summary) {
    subjects.addProgress(SubjectProgress.of(s, event.id(), event.type(), at, percent, summary));
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String required(JsonNode data, String field) throws JsonProcessingException {
    String value = text(data, field);
    if (value == null || value.isBlank()) {
      throw new com.fasterxml.jackson.databind.JsonMappingException(null, "missing field " + field);
    }
    return value;
  }
}
