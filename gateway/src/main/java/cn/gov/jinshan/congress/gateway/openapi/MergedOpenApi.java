package cn.gov.jinshan.congress.gateway.openapi;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.routing.Upstream;
import cn.gov.jinshan.congress.gateway.routing.Upstreams;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Serves {@code /q/openapi}: the services' documents merged, cached, refreshed periodically. A
 * service that cannot be reached keeps its last known document until it answers again.
 */
@ApplicationScoped
public class MergedOpenApi {
  private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

  private final Upstreams upstreams;
  private final GatewayConfig.OpenApiConfig config;
  private final Vertx vertx;
  private final Map<String, JsonObject> documents = new ConcurrentHashMap<>();
  private volatile Buffer merged;

  public MergedOpenApi(Upstreams upstreams, GatewayConfig config, Vertx vertx) {
    this.upstreams = upstreams;
    this.config = config.openapi();
    this.vertx = vertx;
    this.merged = merge().toBuffer();
  }

  void onStart(@Observes StartupEvent event) {
    refresh();
    vertx.setPeriodic(config.refresh().toMillis(), id -> refresh());
  }

  void mount(@Observes Router router) {
    router
        .get("/q/openapi")
        .handler(
            ctx ->
                ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-cache")
                    .end(merged));
  }

  /** Fetches every service's document again and rebuilds the merged one. */
  public Future<Void> refresh() {
    List<Future<?>> fetches = new ArrayList<>();
    for (Upstream upstream : upstreams.all()) {
      fetches.add(
          fetch(upstream)
              .onSuccess(document -> documents.put(upstream.name(), document))
              .onFailure(
                  e ->
                      LOG.debugf(
                          "OpenAPI of %s not available: %s", upstream.name(), e.getMessage())));
    }
    return Future.join(fetches)
        .otherwiseEmpty()
        .onComplete(done -> merged = merge().toBuffer())
        .mapEmpty();
  }

  private Future<JsonObject> fetch(Upstream upstream) {
    return upstream
        .client()
        .request(
            new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setURI(upstream.openapiPath())
                .putHeader("Accept", "application/json"))
        .compose(request -> request.send())
        .compose(
            response ->
                response.statusCode() == 200
                    ? response.body()
                    : Future.failedFuture("status " + response.statusCode()))
        .map(Buffer::toJsonObject);
  }

  private JsonObject merge() {
    Map<String, JsonObject> ordered = new LinkedHashMap<>();
    for (Upstream upstream : upstreams.all()) {
      JsonObject document = documents.get(upstream.name());
      if (document != null) {
        ordered.put(upstream.name(), document);
      }
    }
    return OpenApiMerger.merge(config.title(), config.version(), ordered);
  }
}
