package cn.gov.jinshan.congress.platform.problem;

import cn.gov.jinshan.congress.messages.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the client's language. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(
      ProblemKind kind,
      HttpHeaders headers,
      UriInfo uri,
      String messageKey,
      Object[] args,
      List<Problem.FieldError> errors) {
    Locale locale = locale(headers);
    Problem problem =
        new Problem(
            kind.type(),
            Messages.get(locale, kind.titleKey()),
            kind.status(),
            Messages.get(locale, messageKey, args),
            uri == null ? null : uri.getRequestUri().getRawPath(),
            kind.code(),
            errors);
    return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Locale.ROOT;
    }
    try {
      return Messages.choose(headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return Locale.ROOT;
    }
  }
}
