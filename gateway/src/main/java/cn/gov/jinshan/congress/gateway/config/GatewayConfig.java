package cn.gov.jinshan.congress.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's configuration: the route table, the upstreams and the edge policies. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /** Routes by name: which path prefixes go to which upstream. */
  Map<String, RouteConfig> routes();

  /** Upstream services by name. */
  Map<String, UpstreamConfig> upstreams();

  /** Largest request body a route accepts unless the route says otherwise. */
  @WithDefault("10M")
  MemorySize maxBodySize();

  /**
   * Longest request target (path and query, in bytes) the gateway forwards. The services' HTTP
   * codec refuses request lines over 4096 bytes with a bare 414, so the gateway answers anything
   * longer with a 414 problem itself (its own codec allows much longer lines, see
   * quarkus.http.limits.max-initial-line-length).
   */
  @WithDefault("4000")
  int maxUriLength();

  /** Path prefixes open without a token (the rest of /api needs a valid bearer token). */
  @WithDefault("/api/v1/public/")
  List<String> publicPrefixes();

  AuthConfig auth();

  /** The web console's pages: every address outside /api and /q. */
  PagesConfig pages();

  RateLimitConfig rateLimit();

  AuditConfig audit();

  OpenApiConfig openapi();

  /** One route of the table. */
  interface RouteConfig {
    /**
     * Path prefixes; a prefix matches itself and everything below it ({@code /a} matches {@code /a}
     * and {@code /a/b}); a prefix ending in {@code *} matches any path starting with the rest.
     */
    List<String> prefixes();

    /** The name of the upstream in {@code gateway.upstreams}. */
    String upstream();

    /** Overrides {@code gateway.max-body-size} for this route. */
    Optional<MemorySize> maxBodySize();
  }

  /** One upstream service. */
  interface UpstreamConfig {
    /** Base URL, e.g. http://127.0.0.1:8081. */
    String url();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest wait for the response headers (a streaming body may then take longer). */
    @WithDefault("30s")
    Duration responseTimeout();

    @WithDefault("200")
    int maxConnections();

    /** Consecutive failures that open the circuit. */
    @WithDefault("5")
    int breakerFailureThreshold();

    /** How long an open circuit refuses requests before one trial request. */
    @WithDefault("10s")
    Duration breakerOpenFor();

    /** Path of the upstream's readiness endpoint. */
    @WithDefault("/q/health/ready")
    String healthPath();

    /** Path of the upstream's OpenAPI document. */
    @WithDefault("/q/openapi?format=json")
    String openapiPath();
  }

  /**
   * Where the pages go. They pass without a bearer token (the console authenticates its own pages
   * through its session cookie) and without the per-address rate limit (one page pulls its styles
   * and scripts; the console's calls to /api carry the user's token and are limited per user).
   */
  interface PagesConfig {
    /** The upstream serving the pages; absent: such addresses are a 404 problem. */
    Optional<String> upstream();

    /**
     * Largest page request body (a form with attachments): the console's own limit for a form
     * ({@code console.max-form-size}). The gateway refuses a larger one itself, with a 303 that a
     * browser follows; the console's own early answer to such a form, passed through here while the
     * browser was still sending it, left Chromium on the form's address.
     */
    @WithDefault("11M")
    MemorySize maxBodySize();

    /**
     * The console's page for a form over {@link #maxBodySize}: a browser is sent there (303)
     * instead of getting a problem+json it cannot show.
     */
    @WithDefault("/errors/too-large")
    String tooLargePage();
  }

  /** Bearer token validation at the edge. */
  interface AuthConfig {
    String issuer();

    String jwksUrl();

    @WithDefault("congress-api")
    String audience();

    /** Signature algorithms accepted; anything else (none, HS256 …) is refused. */
    @WithDefault("RS256")
    List<String> algorithms();

    @WithDefault("30s")
    Duration clockSkew();

    /** Refresh of the key set; an unknown key id triggers an earlier one (at most this often). */
    @WithDefault("10m")
    Duration jwksRefresh();

    @WithDefault("30s")
    Duration jwksMinRefresh();
  }

  /** Token buckets: per token subject, and per client address for anonymous requests. */
  interface RateLimitConfig {
    @WithDefault("true")
    boolean enabled();

    Bucket subject();

    Bucket anonymous();

    /** Buckets kept at most; full (idle) buckets are dropped first. */
    @WithDefault("100000")
    int maxKeys();

    /** A bucket holds {@code capacity} requests and refills {@code capacity} per {@code period}. */
    interface Bucket {
      @WithDefault("600")
      long capacity();

      @WithDefault("1m")
      Duration period();
    }
  }

  /** Access events to Kafka. */
  interface AuditConfig {
    @WithDefault("true")
    boolean enabled();

    /** Events waiting for Kafka; beyond it new events are dropped (and counted). */
    @WithDefault("10000")
    int queueSize();

    /** Longest a send may wait for Kafka metadata or buffer space before the event is dropped. */
    @WithDefault("2s")
    Duration maxBlock();
  }

  /** The merged OpenAPI document. */
  interface OpenApiConfig {
    @WithDefault("60s")
    Duration refresh();

    @WithDefault("Deputy-affairs platform API")
    String title();

    @WithDefault("1.0")
    String version();
  }
}
