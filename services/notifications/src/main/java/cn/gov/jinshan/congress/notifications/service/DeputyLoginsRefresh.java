package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.repository.DeputyCopyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps the deputy logins of every congress the copy knows listed, from the start and then every
 * {@code notifications.deputy-logins.refresh-every}. Listing thousands of deputies costs Keycloak
 * seconds of CPU, and after a restart of Keycloak tens of seconds: done when a ballot opens, it ran
 * while the deputies checked in and voted (in the bench, 1.5–2.3 ms of Keycloak CPU per ballot).
 */
@ApplicationScoped
public class DeputyLoginsRefresh {
  private final DeputyCopyRepository copies;
  private final KeycloakDirectory directory;

  public DeputyLoginsRefresh(DeputyCopyRepository copies, KeycloakDirectory directory) {
    this.copies = copies;
    this.directory = directory;
  }

  @Scheduled(
      identity = "notifications-deputy-logins",
      every = "${notifications.deputy-logins.refresh-every:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void renewAll() {
    List<String> congresses = QuarkusTransaction.requiringNew().call(copies::congressIds);
    congresses.forEach(directory::renewDeputies);
  }
}
