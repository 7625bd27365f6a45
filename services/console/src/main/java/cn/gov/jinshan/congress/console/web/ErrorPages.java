package cn.gov.jinshan.congress.console.web;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The console's error pages, in Chinese and never with a stack trace: 404 for what does not exist
 * or what the user may not read (the APIs answer 404 then, so the console does too), 403 for what
 * the user may read but not do, 500 for everything unexpected (logged here with its cause).
 */
@ApplicationScoped
public class ErrorPages {
  private static final Logger LOG = Logger.getLogger(ErrorPages.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance notFound();

    static native TemplateInstance forbidden();

    static native TemplateInstance failed(String detail);

    static native TemplateInstance badRequest();
  }

  public static Response notFoundPage() {
    return page(404, Templates.notFound());
  }

  public static Response forbiddenPage() {
    return page(403, Templates.forbidden());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return notFoundPage();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return forbiddenPage();
  }

  /** What the APIs refused and the page itself did not handle. */
  @ServerExceptionMapper
  public Response refused(PlatformProblem problem) {
    return switch (problem.status()) {
      case 404 -> notFoundPage();
      case 403 -> forbiddenPage();
      default -> {
        LOG.warnf("Unhandled API answer %d: %s", problem.status(), problem.getMessage());
        int status = problem.status() >= 500 ? 502 : problem.status();
        yield page(status, Templates.failed(problem.detailOr("平台服务暂时无法完成该操作。")));
      }
    };
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Exception e) {
    if (e instanceof jakarta.ws.rs.WebApplicationException web
        && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return switch (status) {
        case 404 -> notFoundPage();
        case 403 -> forbiddenPage();
        case 413 -> page(413, TooLargeResource.Templates.tooLarge());
        default -> page(status, Templates.badRequest());
      };
    }
    LOG.error("Page failed", e);
    return page(500, Templates.failed("系统内部错误，请稍后再试。"));
  }

  /**
   * Refusals that come without a body (the CSRF check's 400, a wrong media type …) get the page of
   * their status, so the user never sees a blank page.
   */
  @ServerResponseFilter
  public void emptyRefusals(ContainerResponseContext response) {
    int status = response.getStatus();
    if (status >= 400 && !response.hasEntity()) {
      Response page =
          switch (status) {
            case 404 -> notFoundPage();
            case 403 -> forbiddenPage();
            case 401 -> null;
            case 413 -> page(413, TooLargeResource.Templates.tooLarge());
            default ->
                status >= 500
                    ? page(status, Templates.failed("系统内部错误，请稍后再试。"))
                    : page(status, Templates.badRequest());
          };
      if (page != null) {
        response.setEntity(page.getEntity(), null, page.getMediaType());
      }
    }
  }

  /** Addresses no page answers (static files included) get the 404 page too. */
  void unknownAddresses(@Observes Router router) {
    router
        .route()
        .last()
        .handler(
            ctx ->
                ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(Templates.notFound().render()));
  }

  private static Response page(int status, TemplateInstance page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page.render())
        .build();
  }
}
