package cn.gov.jinshan.congress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs a service's table of isolation cases: one case per route, keyed "METHOD /path" as in the
 * OpenAPI document, each checking what a caller of congress A gets when aiming at congress B's
 * data. What each route must answer stays in the service's test; this is only the walk.
 */
public final class IsolationCases {
  private IsolationCases() {}

  /** Fails when a documented route has no case, or a case names a route that is not documented. */
  public static void assertOneCasePerDocumentedRoute(Map<String, Runnable> cases) {
    assertThat(new TreeSet<>(cases.keySet()))
        .as("one isolation case per route of /q/openapi")
        .containsExactlyInAnyOrderElementsOf(OpenApiRoutes.documented());
  }

  /**
   * Runs every case and fails if any failed, naming each failed route: the walk goes on after a
   * failure, so one run shows every route where A reached B's data, not only the first.
   */
  public static void assertEveryCaseHolds(Map<String, Runnable> cases) {
    List<String> failed = new ArrayList<>();
    cases.forEach(
        (route, check) -> {
          try {
            check.run();
          } catch (AssertionError e) {
            failed.add(route + ": " + e.getMessage());
          }
        });
    assertThat(failed).as("routes where A reached B's data").isEmpty();
  }
}
