package cn.gov.jinshan.congress.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The layering every service follows (architecture.md): {@code api → service → domain, repository};
 * {@code messaging → service}; the domain knows nothing of HTTP or Kafka; only services write the
 * outbox. Each service's ArchitectureTest checks these rules on its classes.
 */
public final class ServiceArchitecture {
  private static final String OUTBOX_WRITER =
      "cn.gov.jinshan.congress.platform.outbox.OutboxWriter";

  private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
  private static final String WAITS_OUT =
      "cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage";

  private ServiceArchitecture() {}

  /** The production classes of a service. */
  public static JavaClasses classesOf(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage);
  }

  /**
   * The layers, with optional extra entry layers (packages under the base, such as {@code health})
   * that nothing may call and that may call services, like {@code api}.
   */
  public static LayeredArchitecture layers(String basePackage, String... entryLayers) {
    List<String> callersOfService = new ArrayList<>(List.of("api", "messaging"));
    callersOfService.addAll(List.of(entryLayers));
    LayeredArchitecture layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("api")
            .definedBy(basePackage + ".api..")
            .layer("messaging")
            .definedBy(basePackage + ".messaging..")
            .layer("service")
            .definedBy(basePackage + ".service..")
            .layer("repository")
            .definedBy(basePackage + ".repository..")
            .layer("domain")
            .definedBy(basePackage + ".domain..")
            .layer("config")
            .definedBy(basePackage + ".config..");
    for (String entry : entryLayers) {
      layers = layers.layer(entry).definedBy(basePackage + "." + entry + "..");
    }
    layers =
        layers
            .whereLayer("api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers(callersOfService.toArray(String[]::new))
            .whereLayer("repository")
            .mayOnlyBeAccessedByLayers("service", "api")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("api", "service", "repository", "config");
    for (String entry : entryLayers) {
      layers = layers.whereLayer(entry).mayNotBeAccessedByAnyLayer();
    }
    return layers;
  }

  /** The domain imports nothing from HTTP, Kafka or the service's own api and messaging. */
  public static ArchRule domainFreeOfTransport(String basePackage) {
    return noClasses()
        .that()
        .resideInAPackage(basePackage + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "org.apache.kafka..",
            "io.smallrye.reactive..",
            basePackage + ".api..",
            basePackage + ".messaging..");
  }

  /** Only the service layer writes events, inside its business transactions. */
  public static ArchRule outboxOnlyFromServices(String basePackage) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(basePackage + ".service..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(OUTBOX_WRITER);
  }

  /**
   * Every consumer waits out a database outage instead of dead-lettering the event it could not
   * apply (ADR 013): each {@code @Incoming} method carries {@code @WaitsOutDatabaseOutage} and is
   * not itself transactional, so that every attempt runs in a new transaction.
   */
  public static ArchRule consumersWaitOutDatabaseOutages(String basePackage) {
    return methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(basePackage + "..")
        .and()
        .areAnnotatedWith(INCOMING)
        .should()
        .beAnnotatedWith(WAITS_OUT)
        .andShould()
        .notBeAnnotatedWith("jakarta.transaction.Transactional")
        .allowEmptyShould(true);
  }
}
