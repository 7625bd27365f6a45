package cn.gov.jinshan.congress.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every service follows (architecture.md), and those of them the gateway follows too: the
 * layering {@code api → service → domain, repository} and {@code messaging → service}, with the
 * criteria of queries and their result rows in {@code query}, which api, service and repository
 * share; only services reach repositories; no cycles between a module's packages; the domain knows
 * nothing of HTTP, Kafka or problem+json (its rule violations are mapped to problems at the edge);
 * only services write the outbox; every consumer waits out a database outage; JAX-RS resources are
 * named *Resource and live in {@code api}. Each service's ArchitectureTest checks {@link
 * #serviceRules} on its classes, the gateway's {@link #moduleRules}.
 */
public final class ServiceArchitecture {
  private static final String OUTBOX_WRITER =
      "cn.gov.jinshan.congress.platform.outbox.OutboxWriter";

  private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";
  private static final String WAITS_OUT =
      "cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage";

  private static final String PROBLEMS = "cn.gov.jinshan.congress.platform.problem..";
  private static final String PATH = "jakarta.ws.rs.Path";

  private ServiceArchitecture() {}

  /** The rules of a service. */
  public static List<ArchRule> serviceRules(String basePackage, String... entryLayers) {
    List<ArchRule> rules = new ArrayList<>(moduleRules(basePackage));
    rules.add(layers(basePackage, entryLayers));
    rules.add(repositoriesOnlyFromServices(basePackage));
    rules.add(domainFreeOfTransport(basePackage));
    rules.add(domainFreeOfProblems(basePackage));
    rules.add(outboxOnlyFromServices(basePackage));
    rules.add(consumersWaitOutDatabaseOutages(basePackage));
    return rules;
  }

  /** The rules of any module: no package cycles, resources named and placed alike. */
  public static List<ArchRule> moduleRules(String basePackage) {
    return List.of(freeOfCycles(basePackage), resourcesNamedAndInApi(basePackage));
  }

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
    List<String> usersOfDomain = new ArrayList<>(List.of("api", "service", "repository", "query"));
    usersOfDomain.add("config");
    callersOfService.addAll(List.of(entryLayers));
    LayeredArchitecture layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("api")
            .definedBy(basePackage + ".api..")
            .layer("messaging")
            .definedBy(basePackage + ".messaging..")
            .layer("service")
            .definedBy(basePackage + ".service..")
            .layer("repository")
            .definedBy(basePackage + ".repository..")
            .layer("query")
            .definedBy(basePackage + ".query..")
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
            .mayOnlyBeAccessedByLayers("service")
            .whereLayer("query")
            .mayOnlyBeAccessedByLayers("api", "service", "repository")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers(usersOfDomain.toArray(String[]::new));
    for (String entry : entryLayers) {
      layers = layers.whereLayer(entry).mayNotBeAccessedByAnyLayer();
    }
    return layers;
  }

  /**
   * Repositories are reached only through services (which hold the transactions and the congress
   * scope); what api needs of a query, its criteria and rows, lives in {@code query}.
   */
  public static ArchRule repositoriesOnlyFromServices(String basePackage) {
    return classes()
        .that()
        .resideInAPackage(basePackage + ".repository..")
        .should()
        .onlyBeAccessed()
        .byAnyPackage(basePackage + ".service..", basePackage + ".repository..");
  }

  /** No cycles between the packages directly under the base (api, service, domain, ...). */
  public static ArchRule freeOfCycles(String basePackage) {
    return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles();
  }

  /** A JAX-RS resource ({@code @Path} on the class) is named *Resource and lives in {@code api}. */
  public static ArchRule resourcesNamedAndInApi(String basePackage) {
    return classes()
        .that()
        .resideInAPackage(basePackage + "..")
        .and()
        .areAnnotatedWith(PATH)
        .should()
        .haveSimpleNameEndingWith("Resource")
        .andShould()
        .resideInAPackage(basePackage + ".api..")
        .allowEmptyShould(true);
  }

  /**
   * The domain throws its own rule violations (platform.rules), never problems that carry an HTTP
   * status: mapping a refusal to a status is the edge's business.
   */
  public static ArchRule domainFreeOfProblems(String basePackage) {
    return noClasses()
        .that()
        .resideInAPackage(basePackage + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(PROBLEMS, "jakarta.ws.rs..", "org.jboss.resteasy..");
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
            "org.eclipse.microprofile.reactive.messaging..",
            "io.vertx..",
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
