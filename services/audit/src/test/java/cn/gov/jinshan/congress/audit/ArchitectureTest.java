package cn.gov.jinshan.congress.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.gov.jinshan.congress.testing.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules every service follows (ServiceArchitecture), checked on this service's classes; {@code
 * health} (readiness) may call services like {@code api}; {@code tools} (the offline verifier)
 * stands alone.
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.audit";
  private static final JavaClasses CLASSES = ServiceArchitecture.classesOf(BASE);

  @TestFactory
  Stream<DynamicTest> shouldFollowTheServiceRules() {
    return ServiceArchitecture.serviceRules(BASE, "health", "tools").stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
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
}
