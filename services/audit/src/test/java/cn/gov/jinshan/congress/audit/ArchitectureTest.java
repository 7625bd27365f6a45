package cn.gov.jinshan.congress.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.jinshan.congress.testing.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The layering of architecture.md, checked on this service's classes; {@code health} (readiness)
 * may call services like {@code api}; {@code tools} (the offline verifier) stands alone.
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.audit";
  private static final JavaClasses CLASSES = ServiceArchitecture.classesOf(BASE);

  @Test
  void shouldKeepLayersInTheirDirection() {
    ServiceArchitecture.layers(BASE, "health", "tools").check(CLASSES);
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
  void shouldKeepTheExportVerifierSelfContained() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".tools..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", BASE + ".tools..")
        .check(CLASSES);
  }

  @Test
  void shouldMakeEveryConsumerWaitOutDatabaseOutages() {
    ServiceArchitecture.consumersWaitOutDatabaseOutages(BASE).check(CLASSES);
  }
}
