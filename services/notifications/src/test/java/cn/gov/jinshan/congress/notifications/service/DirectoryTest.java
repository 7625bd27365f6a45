package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.deputyId;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.support.DirectorySettings;
import cn.gov.jinshan.congress.testing.Poll;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The directory against the real Keycloak realm of the local stack. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DirectoryTest {
  @Inject KeycloakDirectory directory;
  @Inject ObjectMapper json;

  @Test
  void shouldFindADeputyByDeputyId() {
    List<Person> people = directory.people(CONGRESS, new Party(Party.Kind.DEPUTY, deputyId(1)));
    assertThat(people)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(id("deputy01"));
              assertThat(p.email()).isEqualTo("deputy01@example.org");
              assertThat(p.displayName()).isNotBlank();
            });
    assertThat(directory.people(CONGRESS, new Party(Party.Kind.DEPUTY, deputyId(999)))).isEmpty();
  }

  @Test
  void shouldFindADepartmentsPeopleButNotItsSystemsServiceAccount() {
    assertThat(directory.people(CONGRESS, new Party(Party.Kind.DEPARTMENT, "EDU")))
        .extracting(Person::id)
        .containsExactly(id("dept-edu"));
    assertThat(directory.people("JS-ZHUJING", new Party(Party.Kind.DEPARTMENT, "EDU"))).isEmpty();
  }

  @Test
  void shouldFindTheGroupsOfACongressOnly() {
    assertThat(directory.people(CONGRESS, new Party(Party.Kind.CONGRESS_STAFF, CONGRESS)))
        .extracting(Person::id)
        .containsExactly(id("staff1"));
    assertThat(directory.people("JS-ZHUJING", new Party(Party.Kind.CONGRESS_STAFF, "JS-ZHUJING")))
        .extracting(Person::id)
        .containsExactly(id("staff-zhujing"));
    assertThat(directory.people(CONGRESS, new Party(Party.Kind.COMMITTEE_MEMBERS, CONGRESS)))
        .extracting(Person::id)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 7).mapToObj(n -> id(String.format("member%02d", n))).toList());
    assertThat(directory.people(CONGRESS, new Party(Party.Kind.ADMINS, CONGRESS)))
        .extracting(Person::id)
        .contains(id("admin1"));
    assertThat(listed(CONGRESS))
        .extracting(a -> a.person().id())
        .contains(id("deputy01"), id("deputy30"))
        .doesNotContain(id("staff1"), id("dept-edu"));
    assertThat(listed(CONGRESS))
        .filteredOn(a -> a.person().id().equals(id("deputy07")))
        .extracting(DeputyAccount::deputyId)
        .containsExactly(deputyId(7));
  }

  @Test
  void shouldSayItIsUnavailableWhenKeycloakCannotBeReached() {
    DirectoryConfig config = DirectorySettings.at("http://127.0.0.1:1");
    KeycloakDirectory unreachable =
        new KeycloakDirectory(config, json, new DirectoryToken(config, json));
    assertThatThrownBy(
            () -> unreachable.people(CONGRESS, new Party(Party.Kind.DEPUTY, deputyId(1))))
        .isInstanceOf(DirectoryUnavailable.class);
  }

  @Test
  void shouldSayItIsUnavailableWhenItsCredentialsAreRefused() {
    DirectoryConfig wrong =
        DirectorySettings.at("http://127.0.0.1:8180").withSecret("wrong-secret");
    assertThatThrownBy(
            () ->
                new KeycloakDirectory(wrong, json, new DirectoryToken(wrong, json))
                    .people(CONGRESS, new Party(Party.Kind.CONGRESS_STAFF, CONGRESS)))
        .isInstanceOf(DirectoryUnavailable.class);
  }

  /**
   * The deputy logins once listed: a listing longer than listing-wait goes on in the background.
   */
  private List<DeputyAccount> listed(String congressId) {
    AtomicReference<List<DeputyAccount>> found = new AtomicReference<>();
    assertThat(
            Poll.until(
                Duration.ofSeconds(60),
                () -> {
                  try {
                    found.set(directory.deputies(congressId));
                    return true;
                  } catch (DirectoryUnavailable stillListing) {
                    return false;
                  }
                }))
        .isTrue();
    return found.get();
  }
}
