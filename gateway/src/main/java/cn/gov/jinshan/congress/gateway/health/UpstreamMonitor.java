package cn.gov.jinshan.congress.gateway.health;

import cn.gov.jinshan.congress.gateway.openapi.MergedOpenApi;
import cn.gov.jinshan.congress.gateway.routing.Upstream;
import cn.gov.jinshan.congress.gateway.routing.Upstreams;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Probes each upstream's readiness endpoint periodically (without blocking) and remembers the
 * answer. When a service comes back up, the merged OpenAPI document is refreshed at once.
 */
@ApplicationScoped
public class UpstreamMonitor {
  /** What the last probe of an upstream found. */
  public enum State {
    UNKNOWN,
    UP,
    DOWN
  }

  private final Upstreams upstreams;
  private final MergedOpenApi openApi;
  private final Vertx vertx;
  private final Duration interval;
  private final Map<String, State> states = new ConcurrentHashMap<>();

  public UpstreamMonitor(
      Upstreams upstreams,
      MergedOpenApi openApi,
      Vertx vertx,
      @ConfigProperty(name = "gateway.upstream-check-interval", defaultValue = "10s")
          Duration interval) {
    this.upstreams = upstreams;
    this.openApi = openApi;
    this.vertx = vertx;
    this.interval = interval;
  }

  void onStart(@Observes StartupEvent event) {
    probeAll();
    vertx.setPeriodic(interval.toMillis(), id -> probeAll());
  }

  /** The state of every upstream, in configuration order. */
  public Map<String, State> states() {
    Map<String, State> result = new LinkedHashMap<>();
    for (Upstream upstream : upstreams.all()) {
      result.put(upstream.name(), states.getOrDefault(upstream.name(), State.UNKNOWN));
    }
    return result;
  }

  private void probeAll() {
    upstreams.all().forEach(this::probe);
  }

  private void probe(Upstream upstream) {
    upstream
        .client()
        .request(
            new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setURI(upstream.healthPath())
                .setTimeout(upstream.connectTimeout().toMillis() + 2000))
        .compose(request -> request.send())
        .onComplete(
            answer -> {
              boolean up = answer.succeeded() && answer.result().statusCode() == 200;
              if (answer.succeeded()) {
                answer.result().body();
              }
              State previous = states.put(upstream.name(), up ? State.UP : State.DOWN);
              if (up && previous != State.UP) {
                openApi.refresh();
              }
            });
  }
}
