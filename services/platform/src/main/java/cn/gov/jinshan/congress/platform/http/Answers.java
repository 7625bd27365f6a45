package cn.gov.jinshan.congress.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The answers of writes: the status, the body, the aggregate's ETag (so that the next step can send
 * If-Match without reading again) and, for a step on a part of an aggregate, a Link to the
 * aggregate. Every resource answers a write through here, so that the headers are spelled one way.
 *
 * <p>A Location is built from the request's {@link UriInfo}, whose scheme and host already honour
 * the platform's forwarded-header trust (X-Forwarded-Host/-Proto from the gateway only), so a
 * client behind the gateway is sent to the gateway's address, not to the service's.
 *
 * <pre>{@code
 * return idempotent.create(key, request, () -> {
 *   Topic t = planning.plan(request);
 *   return Answers.created(uri, t.id(), TopicResponse.from(t)).version(t.version()).build();
 * });
 * }</pre>
 */
public final class Answers {
  private Answers() {}

  /** 200 with the body. */
  public static Answer ok(Object body) {
    return new Answer(Response.ok(body));
  }

  /** The given status with the body, for steps whose status depends on what they did. */
  public static Answer of(Response.Status status, Object body) {
    return new Answer(Response.status(status).entity(body));
  }

  /**
   * 201 for a step that adds a part to an aggregate (a hearing, a reply …) without an address of
   * its own: no Location, the Link to the aggregate says where it lives.
   */
  public static Answer created(Object body) {
    return of(Response.Status.CREATED, body);
  }

  /** 201 with Location = the request's path followed by the new resource's id. */
  public static Answer created(UriInfo request, Object id, Object body) {
    return created(request.getAbsolutePathBuilder().path(id.toString()).build(), body);
  }

  /** 201 with the given Location (a relative one is resolved against the application's base). */
  public static Answer created(URI location, Object body) {
    return new Answer(Response.created(location).entity(body));
  }

  /**
   * The address of a resource created under another collection than the request's: the request's
   * base (scheme and host as the client sees them) followed by {@code path} and {@code id}.
   */
  public static URI underBase(UriInfo request, String path, Object id) {
    UriBuilder base = request.getBaseUriBuilder();
    return base.path(path).path(id.toString()).build();
  }

  /** An answer being put together; {@link #build()} ends it. */
  public static final class Answer {
    private final Response.ResponseBuilder response;

    private Answer(Response.ResponseBuilder response) {
      this.response = response;
    }

    /** ETag: the version of the aggregate the write changed. */
    public Answer version(long version) {
      response.tag(Etags.of(version));
      return this;
    }

    /** Link to the aggregate the answered part belongs to ({@code rel="up"}). */
    public Answer up(String path) {
      return link(path, "up");
    }

    /** Link to a related resource, e.g. {@code rel="project"}. */
    public Answer link(String path, String rel) {
      response.header("Link", "<" + path + ">; rel=\"" + rel + "\"");
      return this;
    }

    /** Cache-Control: no-store, for an answer that carries a secret once (a ballot's receipt). */
    public Answer noStore() {
      response.header("Cache-Control", "no-store");
      return this;
    }

    public Response build() {
      return response.build();
    }
  }
}
