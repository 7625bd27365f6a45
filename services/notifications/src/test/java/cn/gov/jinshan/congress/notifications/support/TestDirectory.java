package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.service.DeputyAccount;
import cn.gov.jinshan.congress.notifications.service.Directory;
import cn.gov.jinshan.congress.notifications.service.KeycloakDirectory;
import cn.gov.jinshan.congress.notifications.service.Party;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory in tests: the local stack's Keycloak realm, except for the deputy logins of a
 * congress a test invents (the realm has no users there, and tests do not add users to the shared
 * realm). Replaces the Keycloak directory at the process edge; everything else asks the realm.
 */
@Alternative
@Priority(1)
@Singleton
public class TestDirectory implements Directory {
  private final KeycloakDirectory realm;
  private final Map<String, List<DeputyAccount>> invented = new ConcurrentHashMap<>();

  public TestDirectory(KeycloakDirectory realm) {
    this.realm = realm;
  }

  /** From now on the deputy logins of {@code congressId} are these. */
  public void give(String congressId, List<DeputyAccount> deputies) {
    invented.put(congressId, List.copyOf(deputies));
  }

  @Override
  public List<Person> people(String congressId, Party party) {
    return realm.people(congressId, party);
  }

  @Override
  public List<DeputyAccount> deputies(String congressId) {
    List<DeputyAccount> deputies = invented.get(congressId);
    return deputies != null ? deputies : realm.deputies(congressId);
  }
}
