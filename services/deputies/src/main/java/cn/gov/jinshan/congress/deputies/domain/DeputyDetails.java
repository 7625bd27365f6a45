package cn.gov.jinshan.congress.deputies.domain;

/** The directory data of a deputy that staff maintain. */
public record DeputyDetails(
    String name,
    Gender gender,
    Integer birthYear,
    String party,
    String occupation,
    DeputyLevel level,
    int term,
    Delegation delegation,
    String userSubject) {}
