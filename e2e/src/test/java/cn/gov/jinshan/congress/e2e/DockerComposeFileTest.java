package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of docker-compose.yml and the files it uses, for machines without Docker. Every
 * rule is checked twice: on the file as it is, and with the commented-out services enabled (so that
 * they keep parsing and keep following the same pattern).
 */
class DockerComposeFileTest {

  private static final Path ROOT = repositoryRoot();
  private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");
  private static final Path INIT_SQL = ROOT.resolve("infra/postgres/init.sql");

  private static final String DISABLED_BEGIN = "# >>> services not enabled yet";
  private static final String DISABLED_END = "# <<< services not enabled yet";

  private static final List<String> SERVICE_DATABASES =
      List.of("deputies", "suggestions", "supervision", "voting", "audit", "notifications");
  private static final Map<String, Integer> SERVICE_PORTS =
      Map.of(
          "deputies", 8081,
          "suggestions", 8082,
          "supervision", 8083,
          "voting", 8084,
          "audit", 8085,
          "notifications", 8086,
          "gateway", 8080);
  private static final List<String> TOPICS =
      List.of(
          "congress.deputies.v1",
          "congress.suggestions.v1",
          "congress.supervision.v1",
          "congress.voting.v1",
          "congress.gateway.v1");
  private static final Set<String> CONDITIONS =
      Set.of("service_healthy", "service_completed_successfully");
  private static final int KEYCLOAK_HOST_PORT = 8180;

  static Stream<Arguments> variants() throws IOException {
    String text = Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("as committed", parse(text)),
        Arguments.of("with the commented-out services enabled", parse(enableDisabled(text))));
  }

  @Test
  void shouldParseWithTheCoreServices() throws IOException {
    Map<String, Object> compose = parse(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8));

    assertThat(services(compose))
        .containsKeys("postgres", "kafka", "kafka-topics", "keycloak", "deputies");
  }

  @Test
  void shouldKeepTheOtherServicesReadyToEnable() throws IOException {
    Map<String, Object> compose =
        parse(enableDisabled(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8)));

    assertThat(services(compose)).containsKeys(SERVICE_PORTS.keySet().toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldGiveEveryLongRunningServiceAHealthcheck(String variant, Map<String, Object> compose) {
    Set<String> oneShot = oneShotServices(compose);
    assertThat(oneShot).containsExactly("kafka-topics");

    services(compose)
        .forEach(
            (name, service) -> {
              Object restart = service.get("restart");
              if (restart != null) {
                // Unquoted `no` is YAML for false, which Compose rejects.
                assertThat(restart)
                    .as("%s: restart must be a string", name)
                    .isInstanceOf(String.class);
              }
              if (oneShot.contains(name)) {
                assertThat(restart).as("%s runs once", name).isEqualTo("no");
                return;
              }
              Map<String, Object> healthcheck =
                  map(service.get("healthcheck"), name + ".healthcheck");
              assertThat(healthcheck.get("disable"))
                  .as("%s: healthcheck disabled", name)
                  .isNotEqualTo(true);
              List<Object> test = list(healthcheck.get("test"), name + ".healthcheck.test");
              assertThat(test).as("%s: healthcheck test", name).hasSizeGreaterThan(1);
              assertThat(test.get(0)).as("%s: healthcheck test", name).isIn("CMD", "CMD-SHELL");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldWaitOnlyForExistingServicesAndAlwaysWithACondition(
      String variant, Map<String, Object> compose) {
    Map<String, Map<String, Object>> services = services(compose);

    services.forEach(
        (name, service) -> {
          if (!service.containsKey("depends_on")) {
            return;
          }
          // The short (list) form has no condition: it waits for the start, not for readiness.
          Map<String, Object> dependsOn = map(service.get("depends_on"), name + ".depends_on");
          dependsOn.forEach(
              (dependency, spec) -> {
                assertThat(services)
                    .as("%s depends on %s", name, dependency)
                    .containsKey(dependency);
                assertThat(dependency).as("%s depends on itself", name).isNotEqualTo(name);
                assertThat(map(spec, name + ".depends_on." + dependency).get("condition"))
                    .as("%s -> %s: condition", name, dependency)
                    .isIn(CONDITIONS.toArray());
              });
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldConfigureApplicationServicesOnlyThroughEnvironmentVariables(
      String variant, Map<String, Object> compose) {
    Map<String, Map<String, Object>> services = services(compose);

    services.forEach(
        (name, service) -> {
          for (Object envFile : envFiles(service.get("env_file"))) {
            assertThat(ROOT.resolve(envFile.toString())).as("%s: env_file", name).isRegularFile();
          }
        });

    Map<String, Map<String, Object>> applications = applicationServices(compose);
    assertThat(applications).isNotEmpty();
    applications.forEach(
        (name, service) -> {
          assertThat(service).as(name).doesNotContainKeys("env_file", "volumes", "configs");
          Map<String, Object> env = environment(service, name);
          assertThat(env)
              .as("%s environment", name)
              .containsEntry("HTTP_HOST", "0.0.0.0")
              .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
              .containsEntry("OIDC_URL", "http://keycloak:8080/realms/congress")
              .containsEntry(name.toUpperCase() + "_PORT", String.valueOf(SERVICE_PORTS.get(name)));
          if (SERVICE_DATABASES.contains(name)) {
            assertThat(env)
                .as("%s database settings", name)
                .containsEntry("DB_URL", "jdbc:postgresql://postgres:5432/" + name)
                .containsEntry("DB_USER", name)
                .containsEntry("DB_PASSWORD", name);
            assertThat(map(service.get("depends_on"), name + ".depends_on"))
                .as("%s waits for", name)
                .containsKeys("postgres", "kafka", "kafka-topics", "keycloak");
          } else {
            assertThat(env).as("%s has no database", name).doesNotContainKeys("DB_URL");
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldPublishAndProbeTheProjectPorts(String variant, Map<String, Object> compose) {
    Map<String, Map<String, Object>> services = services(compose);

    assertThat(publishedPorts(services.get("deputies"), "deputies"))
        .as("deputies: host 8081 -> container 8081")
        .containsEntry(8081, 8081);
    assertThat(publishedPorts(services.get("keycloak"), "keycloak"))
        .as("keycloak: host %d -> container 8080", KEYCLOAK_HOST_PORT)
        .containsEntry(KEYCLOAK_HOST_PORT, 8080);

    applicationServices(compose)
        .forEach(
            (name, service) -> {
              int port = SERVICE_PORTS.get(name);
              assertThat(publishedPorts(service, name))
                  .as(name)
                  .containsExactly(Map.entry(port, port));
              assertThat(healthcheckCommand(service, name))
                  .as("%s healthcheck", name)
                  .contains("/dev/tcp/localhost/" + port + " ")
                  .contains("GET /q/health/ready ");
            });
    assertThat(healthcheckCommand(services.get("keycloak"), "keycloak"))
        .contains("/dev/tcp/localhost/9000 ")
        .contains("GET /health/ready ");
  }

  @Test
  void shouldOfferTheSmtpServerOnTheNativeStacksPorts() throws IOException {
    Map<String, Object> mail =
        services(parse(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8))).get("mail");

    // The same host ports as infra/local/mail.sh: SMTP, IMAP, and the API that reads mailboxes.
    assertThat(publishedPorts(mail, "mail"))
        .containsEntry(3025, 3025)
        .containsEntry(3143, 3143)
        .containsEntry(8025, 8080);
    assertThat(environment(mail, "mail").get("GREENMAIL_OPTS"))
        .asString()
        .contains(
            "-Dgreenmail.smtp.port=3025", "-Dgreenmail.api.port=8080", "-Dgreenmail.auth.disabled");
    assertThat(healthcheckCommand(mail, "mail"))
        .contains("/dev/tcp/localhost/8080 ")
        .contains("GET /api/service/readiness ");
  }

  @Test
  void shouldIssueTokensForTheHostUrlWhateverUrlTheServicesUse() throws IOException {
    Map<String, Object> keycloak =
        services(parse(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8))).get("keycloak");

    assertThat(list(keycloak.get("command"), "keycloak.command"))
        .contains("start-dev", "--import-realm", "--health-enabled=true");
    assertThat(environment(keycloak, "keycloak"))
        .containsEntry("KC_HOSTNAME", "http://localhost:" + KEYCLOAK_HOST_PORT)
        .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void shouldReferenceOnlyFilesThatExist(String variant, Map<String, Object> compose) {
    services(compose)
        .forEach(
            (name, service) -> {
              for (Object volume : list(service.getOrDefault("volumes", List.of()), name)) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") || source.startsWith("/")) {
                  assertThat(ROOT.resolve(source).normalize()).as("%s: bind mount", name).exists();
                }
              }
              if (!service.containsKey("build")) {
                return;
              }
              Map<String, Object> build = map(service.get("build"), name + ".build");
              Path context = ROOT.resolve(build.get("context").toString()).normalize();
              assertThat(context.resolve(build.get("dockerfile").toString()))
                  .as("%s: Dockerfile", name)
                  .isRegularFile();
              Map<String, Object> args = map(build.get("args"), name + ".build.args");
              assertThat(args).as("%s: build args", name).containsEntry("SERVICE", name);
              Object moduleDir = args.getOrDefault("SERVICE_DIR", "services/" + name);
              assertThat(context.resolve(moduleDir.toString()).resolve("pom.xml"))
                  .as("%s: the module the image is built from", name)
                  .isRegularFile();
            });
  }

  @Test
  void shouldMountTheRealmAndTheDatabaseInitScript() throws IOException {
    Map<String, Map<String, Object>> services =
        services(parse(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8)));

    assertThat(list(services.get("keycloak").get("volumes"), "keycloak.volumes"))
        .contains(
            "./infra/keycloak/congress-realm.json:/opt/keycloak/data/import/congress-realm.json:ro");
    assertThat(list(services.get("postgres").get("volumes"), "postgres.volumes"))
        .contains("./infra/postgres/init.sql:/docker-entrypoint-initdb.d/init.sql:ro");
    assertThat(environment(services.get("postgres"), "postgres").get("POSTGRES_INITDB_ARGS"))
        .asString()
        .contains("--encoding=UTF8", "--locale=C.UTF-8");
    assertThat(ROOT.resolve("infra/keycloak/congress-realm.json")).isRegularFile();
    assertThat(ROOT.resolve("infra/docker/Dockerfile.jvm")).isRegularFile();
    assertThat(INIT_SQL).isRegularFile();
  }

  @Test
  void shouldCreateEveryTopicWithADeadLetterTwin() throws IOException {
    Map<String, Object> topics =
        services(parse(Files.readString(COMPOSE_FILE, StandardCharsets.UTF_8))).get("kafka-topics");
    String script =
        String.join(
            "\n",
            list(topics.get("command"), "kafka-topics.command").stream()
                .map(Object::toString)
                .toList());

    assertThat(script)
        .contains(TOPICS.toArray(String[]::new))
        .contains("\"$$topic.dlq\"", "--partitions 3", "--replication-factor 1", "--if-not-exists");
  }

  @Test
  void shouldCreateOneOwnedDatabaseWithPgTrgmPerService() throws IOException {
    String sql = Files.readString(INIT_SQL, StandardCharsets.UTF_8);

    for (String db : SERVICE_DATABASES) {
      assertThat(sql)
          .as("role %s", db)
          .containsPattern("(?m)^CREATE ROLE " + db + "\\s+LOGIN PASSWORD '" + db + "';");
      assertThat(sql)
          .as("database %s", db)
          .containsPattern(
              "(?m)^CREATE DATABASE "
                  + db
                  + "\\s+OWNER "
                  + db
                  + "\\s+ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;");
      assertThat(sql)
          .as("pg_trgm in %s", db)
          .containsPattern(
              "(?m)^\\\\connect " + db + "\\s*\\nCREATE EXTENSION IF NOT EXISTS pg_trgm;");
    }
    Matcher databases = Pattern.compile("(?m)^CREATE DATABASE (\\w+)").matcher(sql);
    Set<String> created = new TreeSet<>();
    while (databases.find()) {
      created.add(databases.group(1));
    }
    assertThat(created).containsExactlyInAnyOrderElementsOf(SERVICE_DATABASES);
  }

  // ---- helpers ----

  private static Path repositoryRoot() {
    String configured = System.getProperty("congress.root");
    Path root = configured != null ? Paths.get(configured) : Paths.get("..");
    if (!Files.isRegularFile(root.resolve("docker-compose.yml"))
        && Files.isRegularFile(Paths.get("docker-compose.yml"))) {
      root = Paths.get("");
    }
    return root.toAbsolutePath().normalize();
  }

  private static Map<String, Object> parse(String yaml) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return map(document, "docker-compose.yml");
  }

  /** Removes the leading "# " of each line between the markers, as a person enabling them would. */
  private static String enableDisabled(String text) {
    List<String> out = new ArrayList<>();
    boolean inside = false;
    boolean found = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.equals(DISABLED_BEGIN)) {
        inside = true;
        found = true;
      } else if (trimmed.equals(DISABLED_END)) {
        inside = false;
      } else if (inside) {
        if (line.equals("  #")) {
          line = "";
        } else if (line.startsWith("  # ")) {
          line = "  " + line.substring(4);
        } else {
          fail("line in the disabled block does not start with '  # ': " + line);
        }
      }
      out.add(line);
    }
    assertThat(found).as("marker '%s' in docker-compose.yml", DISABLED_BEGIN).isTrue();
    assertThat(inside).as("marker '%s' in docker-compose.yml", DISABLED_END).isFalse();
    return String.join("\n", out);
  }

  private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    map(compose.get("services"), "services")
        .forEach((name, service) -> services.put(name, map(service, name)));
    return services;
  }

  /** Services built from this repository or running one of its images. */
  private static Map<String, Map<String, Object>> applicationServices(Map<String, Object> compose) {
    Map<String, Map<String, Object>> applications = new LinkedHashMap<>();
    services(compose)
        .forEach(
            (name, service) -> {
              Object image = service.get("image");
              if (service.containsKey("build")
                  || (image != null && image.toString().startsWith("congress/"))) {
                applications.put(name, service);
              }
            });
    return applications;
  }

  /** Services that others wait for to complete: they run once and exit. */
  private static Set<String> oneShotServices(Map<String, Object> compose) {
    Set<String> oneShot = new TreeSet<>();
    services(compose)
        .forEach(
            (name, service) -> {
              if (service.get("depends_on") instanceof Map<?, ?> dependsOn) {
                dependsOn.forEach(
                    (dependency, spec) -> {
                      if (spec instanceof Map<?, ?> s
                          && "service_completed_successfully".equals(s.get("condition"))) {
                        oneShot.add(dependency.toString());
                      }
                    });
              }
            });
    return oneShot;
  }

  private static Map<String, Object> environment(Map<String, Object> service, String name) {
    Object env = service.get("environment");
    assertThat(env).as("%s: environment must be a mapping", name).isInstanceOf(Map.class);
    Map<String, Object> result = new LinkedHashMap<>();
    map(env, name + ".environment")
        .forEach((key, value) -> result.put(key, value == null ? null : value.toString()));
    return result;
  }

  private static List<Object> envFiles(Object envFile) {
    if (envFile == null) {
      return List.of();
    }
    if (envFile instanceof List<?> files) {
      List<Object> paths = new ArrayList<>();
      for (Object file : files) {
        paths.add(file instanceof Map<?, ?> m ? m.get("path") : file);
      }
      return paths;
    }
    return List.of(envFile);
  }

  /** host port -> container port, from the short "host:container" syntax. */
  private static Map<Integer, Integer> publishedPorts(Map<String, Object> service, String name) {
    Map<Integer, Integer> ports = new LinkedHashMap<>();
    for (Object port : list(service.get("ports"), name + ".ports")) {
      assertThat(port)
          .as("%s: ports as quoted \"host:container\" strings", name)
          .isInstanceOf(String.class);
      String[] parts = port.toString().split(":");
      assertThat(parts).as("%s: port %s", name, port).hasSizeBetween(2, 3);
      ports.put(
          Integer.parseInt(parts[parts.length - 2]),
          Integer.parseInt(parts[parts.length - 1].replace("/tcp", "")));
    }
    return ports;
  }

  private static String healthcheckCommand(Map<String, Object> service, String name) {
    List<Object> test =
        list(map(service.get("healthcheck"), name + ".healthcheck").get("test"), name + ".test");
    return String.join(" ", test.stream().map(Object::toString).toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    assertThat(value).as("%s must be a mapping", what).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value, String what) {
    assertThat(value).as("%s must be a list", what).isInstanceOf(List.class);
    return (List<Object>) value;
  }
}
