package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import cn.gov.jinshan.congress.notifications.domain.Person;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The people of Keycloak's realm, through its admin REST API with the client credentials of the
 * notifications client. Answers are cached per party for {@code notifications.directory.cache-ttl};
 * a failure is never cached and surfaces as {@link DirectoryUnavailable}, so the event that asked
 * is tried again rather than told to fewer people.
 *
 * <p>Deputies are found by their {@code deputy_id} attribute, departments by {@code department_id}
 * within the congress, groups by realm role within the congress ({@code congress_id} attribute).
 * Service accounts (a department system's client) and disabled users are not people. A deputy's
 * login comes with its {@code deputy_id}. The access token is the shared {@link DirectoryToken}.
 */
@ApplicationScoped
public class KeycloakDirectory implements Directory {
  private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);
  private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  /**
   * Users per request. Keycloak's cost grows with the offset of a page: the 3,048 deputy logins of
   * the bench realm took 1.2–1.7 s of its CPU in pages of 200 and 0.5 s in pages of 1,000.
   */
  private static final int PAGE = 1000;

  private final DirectoryConfig config;
  private final ObjectMapper json;
  private final Cache<String, List<Person>> cache;
  private final AsyncLoadingCache<String, List<DeputyAccount>> deputyCache;
  private final Executor listings;
  private final KeycloakAdminApi admin;

  public KeycloakDirectory(DirectoryConfig config, ObjectMapper json, DirectoryToken token) {
    this.config = config;
    this.json = json;
    this.admin = new KeycloakAdminApi(config, token);
    this.cache =
        Caffeine.newBuilder().expireAfterWrite(config.cacheTtl()).maximumSize(10_000).build();
    // one listing at a time, on a thread of its own: never on a consumer's, inside its transaction
    this.listings =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "directory-deputy-listing");
              thread.setDaemon(true);
              return thread;
            });
    // Renewed in the background (DeputyLoginsRefresh, every cache-ttl) while the last list is
    // still served, so that an announcement to thousands of deputies finds them listed already;
    // a list that could not be renewed for three periods is no longer used.
    this.deputyCache =
        Caffeine.newBuilder()
            .executor(listings)
            .refreshAfterWrite(config.cacheTtl())
            .expireAfterWrite(config.cacheTtl().multipliedBy(3))
            .maximumSize(1_000)
            .buildAsync(this::deputyLogins);
  }

  @Override
  public List<Person> people(String congressId, Party party) {
    return switch (party.kind()) {
      case DEPUTY -> cached("deputy|" + party.id(), () -> users("deputy_id:" + party.id()));
      case DEPARTMENT ->
          cached(
              "department|" + congressId + "|" + party.id(),
              () -> users("department_id:" + party.id() + " congress_id:" + congressId));
      case CONGRESS_STAFF -> roleMembers("staff", congressOf(party, congressId));
      case COMMITTEE_MEMBERS -> roleMembers("committee_member", congressOf(party, congressId));
      case ADMINS -> roleMembers("admin", congressOf(party, congressId));
    };
  }

  /**
   * The deputy logins of the congress. A listing that takes longer than {@code
   * notifications.directory.listing-wait} is not waited for: it goes on in the background and the
   * caller gets {@link DirectoryUnavailable}, to ask again. Seen in the bench: listing 3,000
   * deputies while they voted took 86 s, inside the transaction of the ballot's announcement, which
   * its timeout rolled back.
   */
  @Override
  public List<DeputyAccount> deputies(String congressId) {
    // a listing that fails leaves nothing in the cache: the next call asks Keycloak again
    CompletableFuture<List<DeputyAccount>> listing = deputyCache.get(congressId);
    try {
      return listing.get(config.listingWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new DirectoryUnavailable("the deputy logins of " + congressId + " are being listed");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof DirectoryUnavailable unavailable
          ? unavailable
          : new DirectoryUnavailable("listing the deputy logins of " + congressId + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("interrupted while waiting for the deputy logins", e);
    }
  }

  /** Lists the congress's deputy logins again in the background; the last list serves meanwhile. */
  public void renewDeputies(String congressId) {
    deputyCache.synchronous().refresh(congressId);
  }

  private List<DeputyAccount> deputyLogins(String congressId) {
    return roleUsers(
        "deputy",
        congressId,
        user -> person(user).map(p -> new DeputyAccount(attribute(user, "deputy_id"), p)));
  }

  /** Forgets every cached answer (tests that change the realm, or an operator's refresh). */
  public void forget() {
    cache.invalidateAll();
    deputyCache.synchronous().invalidateAll();
  }

  private static String congressOf(Party party, String congressId) {
    return party.id() == null || party.id().isBlank() ? congressId : party.id();
  }

  private List<Person> roleMembers(String role, String congressId) {
    return cached(
        "role|" + role + "|" + congressId,
        () -> roleUsers(role, congressId, KeycloakDirectory::person));
  }

  /** What {@code read} makes of each user with the realm role in the congress, every page. */
  private <T> List<T> roleUsers(
      String role, String congressId, Function<JsonNode, Optional<T>> read) {
    List<T> found = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      JsonNode page =
          get(
              "/roles/"
                  + role
                  + "/users?briefRepresentation=false&first="
                  + first
                  + "&max="
                  + PAGE);
      page.forEach(
          user -> {
            if (congressId.equals(attribute(user, "congress_id"))) {
              read.apply(user).ifPresent(found::add);
            }
          });
      if (page.size() < PAGE) {
        return List.copyOf(found);
      }
    }
  }

  /** Users matching a Keycloak attribute query ({@code name:value name:value}). */
  private List<Person> users(String query) {
    List<Person> people = new ArrayList<>();
    get("/users?briefRepresentation=false&max=" + PAGE + "&q=" + KeycloakHttp.encode(query))
        .forEach(user -> person(user).ifPresent(people::add));
    return List.copyOf(people);
  }

  /** The person of a user; empty for a service account or a disabled user. */
  private static Optional<Person> person(JsonNode user) {
    String username = user.path("username").asText("");
    if (username.startsWith(SERVICE_ACCOUNT_PREFIX)
        || user.hasNonNull("serviceAccountClientId")
        || !user.path("enabled").asBoolean(true)) {
      return Optional.empty();
    }
    String email = user.hasNonNull("email") ? user.get("email").asText() : null;
    return Optional.of(new Person(user.path("id").asText(), displayName(user, username), email));
  }

  /** Chinese names family name first and unspaced; others first name first. */
  private static String displayName(JsonNode user, String username) {
    String first = user.path("firstName").asText("").strip();
    String last = user.path("lastName").asText("").strip();
    if (first.isEmpty() && last.isEmpty()) {
      return username;
    }
    boolean chinese = (last + first).codePoints().anyMatch(KeycloakDirectory::isHan);
    return chinese ? last + first : (first + " " + last).strip();
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static String attribute(JsonNode user, String name) {
    JsonNode values = user.path("attributes").path(name);
    return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
  }

  private interface Lookup {
    List<Person> load();
  }

  private List<Person> cached(String key, Lookup lookup) {
    // a lookup that throws leaves nothing in the cache: the next call asks Keycloak again
    return cache.get(key, k -> lookup.load());
  }

  private JsonNode get(String path) {
    HttpResponse<String> response = admin.get(path);
    int status = response.statusCode();
    if (status == 400 || status == 404) {
      // a query Keycloak cannot answer (an id it cannot search for, a role the realm lacks) names
      // nobody, and asking again would not change that: the event must not wait for ever
      LOG.warnf("Keycloak answered %d to %s: nobody is told", status, path);
      return json.createArrayNode();
    }
    if (status != 200) {
      throw new DirectoryUnavailable("Keycloak answered " + status + " to " + path);
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak's answer to " + path + " is not JSON", e);
    }
  }
}
