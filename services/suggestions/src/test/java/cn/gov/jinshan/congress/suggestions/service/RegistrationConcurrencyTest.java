package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Registration numbers under parallel requests: 1..n exactly, no gaps, no duplicates. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RegistrationConcurrencyTest {
  private static final int ITEMS = 24;

  @Test
  void shouldNumberParallelRegistrationsWithoutGapsOrDuplicates() throws Exception {
    Flow first = Flow.create();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      ids.add(first.another().submitted().id);
    }
    // a refused registration (a draft) in the middle takes no number
    UUID draft = first.another().drafted().id;

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> calls = new ArrayList<>();
    for (UUID id : ids) {
      calls.add(() -> register(first, id, 200));
    }
    calls.add(ITEMS / 2, () -> register(first, draft, 409));
    List<String> numbers = new ArrayList<>();
    for (Future<String> f : pool.invokeAll(calls)) {
      if (f.get() != null) {
        numbers.add(f.get());
      }
    }
    pool.shutdown();

    List<String> expected =
        IntStream.rangeClosed(1, ITEMS).mapToObj(n -> String.format("6-3-%04d", n)).toList();
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static String register(Flow flow, UUID id, int status) {
    return given()
        .auth()
        .oauth2(flow.congress.staffToken)
        .post(BASE + "/" + id + "/registration")
        .then()
        .statusCode(status)
        .extract()
        .path("registrationNumber");
  }
}
