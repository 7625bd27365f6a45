package cn.gov.jinshan.congress.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/** The planned details of a topic. */
public record TopicDetails(
    String title,
    TopicKind kind,
    String committee,
    List<String> departmentIds,
    LocalDate plannedMeetingDate) {}
