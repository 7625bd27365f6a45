package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A research or inspection visit (看) of a topic, with its participants and findings. */
@Entity
@Table(name = "topic_visit")
public class Visit {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID topicId;

  @Enumerated(EnumType.STRING)
  private VisitKind kind;

  private LocalDate visitedOn;

  private String place;
  private String findings;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_participant", joinColumns = @JoinColumn(name = "visit_id"))
  private Set<Participant> participants = new HashSet<>();

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Visit() {}

  public static Visit record(
      SupervisionTopic topic,
      VisitKind kind,
      LocalDate visitedOn,
      String place,
      String findings,
      List<UUID> deputyIds,
      List<String> memberIds,
      Instant now) {
    Visit visit = new Visit();
    visit.id = UUID.randomUUID();
    visit.congressId = topic.congressId();
    visit.topicId = topic.id();
    visit.kind = kind;
    visit.visitedOn = visitedOn;
    visit.place = place.strip();
    visit.findings = findings;
    deputyIds.forEach(d -> visit.participants.add(new Participant(d.toString(), "DEPUTY")));
    memberIds.forEach(m -> visit.participants.add(new Participant(m.strip(), "MEMBER")));
    visit.createdAt = now;
    return visit;
  }

  public UUID id() {
    return id;
  }

  public UUID topicId() {
    return topicId;
  }

  public VisitKind kind() {
    return kind;
  }

  public LocalDate visitedOn() {
    return visitedOn;
  }

  public String place() {
    return place;
  }

  public String findings() {
    return findings;
  }

  public List<UUID> deputyIds() {
    return participants.stream()
        .filter(p -> "DEPUTY".equals(p.kind))
        .map(p -> UUID.fromString(p.participantId))
        .sorted()
        .toList();
  }

  public List<String> memberIds() {
    return participants.stream()
        .filter(p -> "MEMBER".equals(p.kind))
        .map(p -> p.participantId)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /** One participant: a deputy (by deputy id) or a committee member (by subject). */
  @Embeddable
  public static class Participant {
    private String participantId;

    private String kind;

    protected Participant() {}

    Participant(String participantId, String kind) {
      this.participantId = participantId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Participant p
          && p.participantId.equals(participantId)
          && p.kind.equals(kind);
    }

    @Override
    public int hashCode() {
      return participantId.hashCode() * 31 + kind.hashCode();
    }
  }
}
