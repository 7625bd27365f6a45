package cn.gov.jinshan.congress.deputies.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Publishes at startup the registration of the congresses a migration inserted (the deployment's
 * reference congresses), so every service's copy knows them as if staff had registered them.
 */
@ApplicationScoped
public class SeededCongressAnnouncer {
  private static final Logger LOG = Logger.getLogger(SeededCongressAnnouncer.class);

  private final CongressService congresses;

  public SeededCongressAnnouncer(CongressService congresses) {
    this.congresses = congresses;
  }

  void onStart(@Observes StartupEvent event) {
    int announced = congresses.announceUnannounced();
    if (announced > 0) {
      LOG.infof("Published the registration of %d seeded congresses", announced);
    }
  }
}
