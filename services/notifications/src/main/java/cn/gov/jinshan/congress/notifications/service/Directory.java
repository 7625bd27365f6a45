package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Person;
import java.util.List;

/**
 * Who the people of a party are. Throws {@link DirectoryUnavailable} when it cannot tell: the event
 * that asked must then be retried, never applied to fewer people.
 */
public interface Directory {
  /** The people of a party in a congress (no service accounts); empty when nobody matches. */
  List<Person> people(String congressId, Party party);

  /**
   * Every deputy login of a congress (the realm's users with the deputy role there), whatever the
   * deputy's status: who among them is told is the caller's rule.
   */
  List<DeputyAccount> deputies(String congressId);
}
