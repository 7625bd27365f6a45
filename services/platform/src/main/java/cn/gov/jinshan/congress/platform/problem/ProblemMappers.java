package cn.gov.jinshan.congress.platform.problem;

import cn.gov.jinshan.congress.messages.Messages;
import cn.gov.jinshan.congress.platform.json.UnknownFieldsException;
import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every error a service can raise to an RFC 9457 problem+json; nothing leaks as HTML. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final Object[] NONE = {};
  static final String RETRY_AFTER_SECONDS = "5";

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
    Object[] args = e.args();
    if ("not-found".equals(e.messageKey()) && args.length > 0 && args[0] instanceof String what) {
      // the service names what was not found by a code ("deputy"); the client reads a noun
      args[0] = Messages.noun(ProblemResponses.locale(headers), what);
    }
    return ProblemResponses.of(e.kind(), headers, uri, e.messageKey(), args, null);
  }

  /** A rule of the domain refused: its reason decides the problem (the domain names no status). */
  @ServerExceptionMapper
  public Response ruleViolation(RuleViolation e, HttpHeaders headers, UriInfo uri) {
    return ProblemResponses.of(kindOf(e.reason()), headers, uri, e.messageKey(), e.args(), null);
  }

  /** The problem of a reason the domain gave. */
  public static ProblemKind kindOf(RuleViolation.Reason reason) {
    return switch (reason) {
      case NOT_FOUND -> ProblemKind.NOT_FOUND;
      case FORBIDDEN -> ProblemKind.FORBIDDEN;
      case INVALID_STATE -> ProblemKind.INVALID_STATE;
      case CONFLICT -> ProblemKind.CONFLICT;
      case BUSINESS_RULE -> ProblemKind.BUSINESS_RULE;
    };
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
    return ProblemResponses.of(
        ProblemKind.VALIDATION, headers, uri, "validation-failed", new Object[] {fields}, errors);
  }

  /**
   * A body Jackson could not read. Listed one by one: Quarkus has built-in mappers for the subtypes
   * that would win otherwise.
   */
  @ServerExceptionMapper({
    JsonProcessingException.class,
    com.fasterxml.jackson.core.JsonParseException.class,
    com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
    com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
    com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
    com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class,
    com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
    UnknownFieldsException.class
  })
  public Response malformedJson(Exception e, HttpHeaders headers, UriInfo uri) {
    if (e.getCause() instanceof ProblemException problem) {
      // a request record's constructor refused a value with a problem of its own
      return problem(problem, headers, uri);
    }
    if (e.getCause() instanceof RuleViolation violation) {
      // a domain value's constructor refused a value by one of its rules
      return ruleViolation(violation, headers, uri);
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException) {
      return internal(e, headers, uri);
    }
    JsonProblems.Report report = JsonProblems.of(e, ProblemResponses.locale(headers));
    if (report == null) {
      return internal(e, headers, uri);
    }
    return ProblemResponses.of(
        report.kind(), headers, uri, report.messageKey(), report.args(), report.errors());
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    return Response.fromResponse(
            ProblemResponses.of(
                ProblemKind.UNAUTHENTICATED, headers, uri, "unauthenticated", NONE, null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    return ProblemResponses.of(ProblemKind.FORBIDDEN, headers, uri, "forbidden", NONE, null);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response concurrentModification(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    return ProblemResponses.of(
        ProblemKind.CONCURRENT_MODIFICATION, headers, uri, "concurrent-modification", NONE, null);
  }

  /**
   * A unique constraint caught by the database (two racing creates): 409; the database unreachable
   * (connection refused or lost, pool acquisition timeout, server shutting down): 503; anything
   * else 500.
   */
  @ServerExceptionMapper
  public Response persistence(PersistenceException e, HttpHeaders headers, UriInfo uri) {
    if (dependencyUnavailable(e)) {
      return unavailable(e, headers, uri);
    }
    if (e instanceof OptimisticLockException) {
      return concurrentModification(e, headers, uri);
    }
    String constraint = uniqueViolation(e);
    if (constraint != null) {
      // the constraint's name is the schema's, not the client's: only logged
      LOG.debugf("unique constraint %s refused a write", constraint);
      return ProblemResponses.of(ProblemKind.DUPLICATE, headers, uri, "duplicate", NONE, null);
    }
    return internal(e, headers, uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotFoundException) {
      return ProblemResponses.of(ProblemKind.NOT_FOUND, headers, uri, "no-such-route", NONE, null);
    }
    if (status >= 500) {
      return internal(e, headers, uri);
    }
    if (e.getCause() instanceof JsonProcessingException) {
      // RESTEasy wraps what the JSON parser reports (a body that is not JSON) in a plain 400
      return malformedJson((Exception) e.getCause(), headers, uri);
    }
    ProblemKind kind = ProblemKind.ofStatus(status);
    // The exception's message is RESTEasy's English text ("HTTP 400 Bad Request"), not shown.
    String detailKey = kind == ProblemKind.MALFORMED_REQUEST ? "malformed-parameter" : kind.code();
    Response problem = ProblemResponses.of(kind, headers, uri, detailKey, NONE, null);
    return Response.fromResponse(problem).status(status).build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
    if (dependencyUnavailable(e)) {
      // e.g. a commit that failed because the connection broke (wrapped by the transaction layer)
      return unavailable(e, headers, uri);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "unhandled error %s", errorId);
    return ProblemResponses.of(
        ProblemKind.INTERNAL, headers, uri, "internal", new Object[] {errorId}, null);
  }

  /** 503 problem+json with Retry-After: the client may try again once the dependency is back. */
  Response unavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
    LOG.warnf("a dependency is unavailable, answering 503: %s", rootMessage(e));
    return Response.fromResponse(
            ProblemResponses.of(
                ProblemKind.SERVICE_UNAVAILABLE, headers, uri, "service-unavailable", NONE, null))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }

  static boolean dependencyUnavailable(Throwable e) {
    return DependencyFailures.unavailable(e);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getName() + ": " + root.getMessage();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // "create.request.name" -> "name": drop the method and parameter names of resource methods.
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.", 3);
    return parts.length == 3 ? parts[2] : parts[parts.length - 1];
  }

  private static String uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException cve
          && t.getCause() instanceof SQLException sql
          && "23505".equals(sql.getSQLState())) {
        return cve.getConstraintName();
      }
    }
    return null;
  }
}
