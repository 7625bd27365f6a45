package cn.gov.jinshan.congress.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of architecture.md: api → service → domain, repository; messaging → service. */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.audit";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void shouldKeepLayersInTheirDirection() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("api")
        .definedBy(BASE + ".api..")
        .layer("messaging")
        .definedBy(BASE + ".messaging..")
        .layer("service")
        .definedBy(BASE + ".service..")
        .layer("repository")
        .definedBy(BASE + ".repository..")
        .layer("domain")
        .definedBy(BASE + ".domain..")
        .layer("config")
        .definedBy(BASE + ".config..")
        .layer("health")
        .definedBy(BASE + ".health..")
        .layer("tools")
        .definedBy(BASE + ".tools..")
        .whereLayer("api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("messaging")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("health")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("tools")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("service")
        .mayOnlyBeAccessedByLayers("api", "messaging", "health")
        .whereLayer("repository")
        .mayOnlyBeAccessedByLayers("service", "api")
        .whereLayer("domain")
        .mayOnlyBeAccessedByLayers("api", "service", "repository", "config")
        .check(CLASSES);
  }

  @Test
  void shouldKeepDomainFreeOfHttpAndKafka() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "org.apache.kafka..",
            "io.smallrye.reactive..",
            BASE + ".api..",
            BASE + ".messaging..")
        .check(CLASSES);
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
  void shouldWriteTheOutboxOnlyFromServices() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".service..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("cn.gov.jinshan.congress.platform.outbox.OutboxWriter")
        .check(CLASSES);
  }
}
