package cn.gov.jinshan.congress.notifications;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.gov.jinshan.congress.testing.ServiceArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rules every service follows (ServiceArchitecture), checked on this service's classes. */
class ArchitectureTest {
  private static final String BASE = "cn.gov.jinshan.congress.notifications";
  private static final JavaClasses CLASSES = ServiceArchitecture.classesOf(BASE);

  @TestFactory
  Stream<DynamicTest> shouldFollowTheServiceRules() {
    return ServiceArchitecture.serviceRules(BASE).stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
  }
}
