package cn.gov.jinshan.congress.deputies.repository;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.deputies.domain.Delegation;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.query.DeputySearch;
import cn.gov.jinshan.congress.deputies.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.junit.jupiter.api.Test;

/**
 * Deputies are read with their delegation in the same statement. Hibernate counts delegations it
 * had to select on their own (one statement after the deputies' query) as fetches; joined ones are
 * not.
 */
@QuarkusTest
@TestProfile(DeputyQueriesTest.WithStatistics.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeputyQueriesTest {
  @Inject DeputyRepository deputies;
  @Inject SessionFactory sessions;

  @Test
  void shouldReadADeputyAndTheirMembershipsWithTheDelegationInTheSameStatement() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.register(aDeputy().named("钱进").in(congress.delegation("山阳镇代表团")));

    long fetched =
        delegationFetches(
            () -> {
              Deputy read = deputies.findInCongress(congress.id, deputy).orElseThrow();
              assertThat(read.delegation().name()).isEqualTo("山阳镇代表团");
              assertThat(deputies.memberships(read.personId())).hasSize(1);
            });

    assertThat(fetched).isZero();
  }

  @Test
  void shouldSearchAPageAcrossDelegationsInOneStatement() {
    TestCongress congress = TestCongress.create();
    for (String name : List.of("朱泾镇代表团", "枫泾镇代表团", "张堰镇代表团")) {
      congress.register(aDeputy().named("陈" + name.charAt(0)).in(congress.delegation(name)));
    }

    long fetched =
        delegationFetches(
            () ->
                assertThat(
                        deputies.search(
                            new DeputySearch(congress.id, null, null, null, null, null, null), 20))
                    .extracting(d -> d.delegation().name())
                    .containsExactlyInAnyOrder("朱泾镇代表团", "枫泾镇代表团", "张堰镇代表团"));

    assertThat(fetched).isZero();
  }

  private long delegationFetches(Runnable reads) {
    EntityStatistics delegations =
        sessions.getStatistics().getEntityStatistics(Delegation.class.getName());
    long before = delegations.getFetchCount();
    QuarkusTransaction.requiringNew().run(reads);
    return delegations.getFetchCount() - before;
  }

  public static class WithStatistics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.hibernate-orm.statistics", "true");
    }
  }
}
