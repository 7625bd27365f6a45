package cn.gov.jinshan.congress.gateway.routing;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configured upstreams, each with its HTTP client. */
@ApplicationScoped
public class Upstreams {
  private final Map<String, Upstream> byName = new LinkedHashMap<>();

  public Upstreams(GatewayConfig config, Vertx vertx) {
    config
        .upstreams()
        .forEach(
            (name, upstream) -> {
              URI url = URI.create(upstream.url());
              int port = url.getPort() > 0 ? url.getPort() : 80;
              HttpClientOptions options =
                  new HttpClientOptions()
                      .setDefaultHost(url.getHost())
                      .setDefaultPort(port)
                      .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                      .setKeepAlive(true)
                      .setMaxPoolSize(upstream.maxConnections())
                      .setMaxWaitQueueSize(upstream.maxConnections() * 4)
                      .setTcpNoDelay(true)
                      .setName("upstream-" + name);
              byName.put(
                  name,
                  new Upstream(
                      name,
                      url.getHost(),
                      port,
                      vertx.createHttpClient(options),
                      upstream.connectTimeout(),
                      upstream.responseTimeout(),
                      new CircuitBreaker(
                          upstream.breakerFailureThreshold(), upstream.breakerOpenFor()),
                      upstream.healthPath(),
                      upstream.openapiPath()));
            });
  }

  public Upstream get(String name) {
    Upstream upstream = byName.get(name);
    if (upstream == null) {
      throw new IllegalArgumentException("Unknown upstream " + name);
    }
    return upstream;
  }

  public Collection<Upstream> all() {
    return byName.values();
  }

  @PreDestroy
  void close() {
    byName.values().forEach(u -> u.client().close());
  }
}
