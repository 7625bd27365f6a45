package cn.gov.jinshan.congress.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The platform's own rules (the shared set in services/testing depends on the platform, so it is
 * not used here): plumbing with no package cycles, that knows no service, and whose rule violations
 * for the domain carry no HTTP status.
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.platform";
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void shouldBeFreeOfPackageCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void shouldKnowNoService() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "cn.gov.jinshan.congress.deputies..",
            "cn.gov.jinshan.congress.suggestions..",
            "cn.gov.jinshan.congress.supervision..",
            "cn.gov.jinshan.congress.voting..",
            "cn.gov.jinshan.congress.audit..",
            "cn.gov.jinshan.congress.gateway..",
            "cn.gov.jinshan.congress.testing..")
        .check(CLASSES);
  }

  @Test
  void shouldKeepDomainRuleViolationsFreeOfHttp() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".problem..", "jakarta.ws.rs..", "io.vertx..")
        .check(CLASSES);
  }

  @Test
  void shouldNameResourcesAfterWhatTheyAre() {
    classes()
        .that()
        .areAnnotatedWith("jakarta.ws.rs.Path")
        .should()
        .haveSimpleNameEndingWith("Resource")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
