package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overdue scan: 7 days ahead and past due, one event per item, deadline and threshold. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OverdueTest {
  @Inject OverdueService overdue;
  @Inject EntityManager entityManager;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void shouldEmitDueSoonAndOverdueOncePerItemAndThreshold() {
    Flow flow = Flow.create().inProgress();
    LocalDate due =
        LocalDate.parse(get(flow.leadToken, BASE + "/" + flow.id).extract().path("dueOn"));

    overdue.scan(due.minusDays(8));
    assertThat(thresholds(flow)).isEmpty();
    overdue.scan(due.minusDays(7));
    overdue.scan(due.minusDays(3));
    assertThat(thresholds(flow)).containsExactly("DUE_SOON");
    overdue.scan(due.plusDays(1));
    overdue.scan(due.plusDays(2));
    assertThat(thresholds(flow)).containsExactly("DUE_SOON", "OVERDUE");
  }

  @Test
  void shouldListOverdueItemsPerDepartment() {
    Flow late = Flow.create().inProgress();
    Flow onTime = late.another().registered();
    clock.advance(Duration.ofDays(100));
    get(late.leadDeptToken, BASE + "?overdue=true")
        .statusCode(200)
        .body("items.id", equalTo(List.of(late.id.toString())))
        .body("items[0].overdue", equalTo(true));
    get(late.congress.staffToken, BASE + "?overdue=false")
        .body("items.id", equalTo(List.of(onTime.id.toString())));
  }

  @SuppressWarnings("unchecked")
  private List<String> thresholds(Flow flow) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT envelope -> 'data' ->> 'threshold' FROM outbox_event"
                            + " WHERE event_key = ?1 AND event_type = ?2 ORDER BY seq")
                    .setParameter(1, flow.id.toString())
                    .setParameter(2, "congress.suggestions.SuggestionOverdue.v1")
                    .getResultList());
  }
}
