package cn.gov.jinshan.congress.suggestions;

import cn.gov.jinshan.congress.testing.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The layering of architecture.md, checked on this service's classes. */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.suggestions";
  private static final JavaClasses CLASSES = ServiceArchitecture.classesOf(BASE);

  @Test
  void shouldKeepLayersInTheirDirection() {
    ServiceArchitecture.layers(BASE).check(CLASSES);
  }

  @Test
  void shouldKeepDomainFreeOfHttpAndKafka() {
    ServiceArchitecture.domainFreeOfTransport(BASE).check(CLASSES);
  }

  @Test
  void shouldWriteTheOutboxOnlyFromServices() {
    ServiceArchitecture.outboxOnlyFromServices(BASE).check(CLASSES);
  }

  @Test
  void shouldMakeEveryConsumerWaitOutDatabaseOutages() {
    ServiceArchitecture.consumersWaitOutDatabaseOutages(BASE).check(CLASSES);
  }
}
