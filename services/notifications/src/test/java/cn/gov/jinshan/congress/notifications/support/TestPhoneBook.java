package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.service.PhoneBook;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone numbers in tests (the test realm has none): a test gives a person a number. Replaces
 * the Keycloak phone book.
 */
@Singleton
public class TestPhoneBook implements PhoneBook {
  private final Map<String, String> numbers = new ConcurrentHashMap<>();

  public void give(String personId, String phone) {
    numbers.put(personId, phone);
  }

  @Override
  public Optional<String> phoneOf(String personId) {
    return Optional.ofNullable(numbers.get(personId));
  }
}
