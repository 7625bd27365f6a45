package cn.gov.jinshan.congress.notifications.service;

import java.util.Optional;

/**
 * A person's mobile number for text messages. The directory of people may have none: such a person
 * gets no text message (it is recorded as skipped).
 */
public interface PhoneBook {
  /** The number of the person (Keycloak user id); empty when none is known. */
  Optional<String> phoneOf(String personId);
}
