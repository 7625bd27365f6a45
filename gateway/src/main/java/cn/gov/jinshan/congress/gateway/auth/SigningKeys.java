package cn.gov.jinshan.congress.gateway.auth;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * The realm's signing keys (JWKS), fetched without blocking, refreshed periodically and when a
 * token names a key id we do not know (at most every {@code jwks-min-refresh}).
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class);

  private final Vertx vertx;
  private final GatewayConfig.AuthConfig config;
  private final HttpClient client;
  private volatile List<JsonWebKey> keys;
  private volatile long lastFetchNanos;
  private Future<List<JsonWebKey>> inFlight;

  public SigningKeys(Vertx vertx, GatewayConfig config) {
    this.vertx = vertx;
    this.config = config.auth();
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout(2000).setName("jwks").setMaxPoolSize(2));
  }

  void onStart(@Observes StartupEvent event) {
    refresh();
    vertx.setPeriodic(config.jwksRefresh().toMillis(), id -> refresh());
  }

  /** The keys, fetching them first if we have none yet. */
  public Future<List<JsonWebKey>> current() {
    List<JsonWebKey> known = keys;
    return known != null ? Future.succeededFuture(known) : refresh();
  }

  /** Fetches the keys again unless that was done very recently. */
  public Future<List<JsonWebKey>> refreshIfStale() {
    long sinceLast = System.nanoTime() - lastFetchNanos;
    if (keys != null && sinceLast < config.jwksMinRefresh().toNanos()) {
      return Future.succeededFuture(keys);
    }
    return refresh();
  }

  private synchronized Future<List<JsonWebKey>> refresh() {
    if (inFlight != null) {
      return inFlight;
    }
    lastFetchNanos = System.nanoTime();
    Future<List<JsonWebKey>> fetch =
        client
            .request(
                new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(config.jwksUrl()))
            .compose(request -> request.send())
            .compose(
                response ->
                    response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("JWKS answered " + response.statusCode()))
            .map(body -> parse(body.toString()))
            .onSuccess(fetched -> keys = fetched)
            .onFailure(
                e -> LOG.warnf("Cannot fetch the signing keys from %s: %s", config.jwksUrl(), e))
            .andThen(done -> clearInFlight());
    inFlight = fetch;
    return fetch;
  }

  private synchronized void clearInFlight() {
    inFlight = null;
  }

  private static List<JsonWebKey> parse(String json) {
    try {
      return List.copyOf(new JsonWebKeySet(json).getJsonWebKeys());
    } catch (org.jose4j.lang.JoseException e) {
      throw new IllegalStateException("Invalid JWKS: " + e.getMessage(), e);
    }
  }
}
