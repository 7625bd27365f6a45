package cn.gov.jinshan.congress.gateway;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.gov.jinshan.congress.testing.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules every module follows (ServiceArchitecture.moduleRules), checked on the gateway's
 * classes; the gateway has no layers of its own (no database, no domain).
 */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.gateway";
  private static final JavaClasses CLASSES = ServiceArchitecture.classesOf(BASE);

  @TestFactory
  Stream<DynamicTest> shouldFollowTheModuleRules() {
    return ServiceArchitecture.moduleRules(BASE).stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
  }
}
