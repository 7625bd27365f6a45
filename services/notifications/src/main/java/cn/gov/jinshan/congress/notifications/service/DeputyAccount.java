package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Person;

/**
 * A deputy's login in the directory: the person, and the deputy id their account names (the {@code
 * deputy_id} claim of their tokens, by which the other services know which deputy is calling); null
 * when the account names none.
 */
public record DeputyAccount(String deputyId, Person person) {}
