package cn.gov.jinshan.congress.gateway.auth;

/** The caller a valid bearer token names; {@code congressId} may be null. */
public record Principal(String subject, String congressId) {}
