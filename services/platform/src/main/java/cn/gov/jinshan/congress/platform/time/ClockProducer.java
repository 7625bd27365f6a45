package cn.gov.jinshan.congress.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system UTC clock; a service or a test may produce its own to control time. */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @DefaultBean
  @ApplicationScoped
  public Clock clock() {
    return Clock.systemUTC();
  }
}
