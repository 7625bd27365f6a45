package cn.gov.jinshan.congress.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private final RouteTable table =
      new RouteTable(
          List.of(
              new Route("deputies", List.of("/api/v1/deputies"), "deputies", 10),
              new Route("public", List.of("/api/v1/public/deputies"), "deputies", 10),
              new Route("supervision", List.of("/api/v1/supervision-*"), "supervision", 10),
              new Route("everything-public", List.of("/api/v1/public"), "other", 10)));

  @Test
  void shouldMatchPrefixItselfAndBelowButNotLongerNames() {
    assertThat(table.match("/api/v1/deputies")).map(Route::name).hasValue("deputies");
    assertThat(table.match("/api/v1/deputies/1/activities")).map(Route::name).hasValue("deputies");
    assertThat(table.match("/api/v1/deputiesX")).isEmpty();
  }

  @Test
  void shouldPreferLongestPrefix() {
    assertThat(table.match("/api/v1/public/deputies/7")).map(Route::name).hasValue("public");
    assertThat(table.match("/api/v1/public/other")).map(Route::name).hasValue("everything-public");
  }

  @Test
  void shouldMatchWildcardPrefix() {
    assertThat(table.match("/api/v1/supervision-topics/3"))
        .map(Route::name)
        .hasValue("supervision");
    assertThat(table.match("/api/v1/supervision")).isEmpty();
  }
}
