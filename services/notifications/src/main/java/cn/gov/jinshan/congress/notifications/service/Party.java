package cn.gov.jinshan.congress.notifications.service;

/**
 * A party to tell: a deputy (id = deputy id), a department (id = department code), or a group of a
 * congress (id = congress id). The {@link Directory} knows its people.
 */
public record Party(Party.Kind kind, String id) {
  public enum Kind {
    DEPUTY,
    DEPARTMENT,
    CONGRESS_STAFF,
    COMMITTEE_MEMBERS,
    ADMINS
  }
}
