package cn.gov.jinshan.congress.notifications.domain;

/**
 * Someone who can be told something: a Keycloak user.
 *
 * @param id the Keycloak user id (the {@code sub} of their tokens): the owner of inbox entries
 * @param email null when the directory has none
 */
public record Person(String id, String displayName, String email) {}
