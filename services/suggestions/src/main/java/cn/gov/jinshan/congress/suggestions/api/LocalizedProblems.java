package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.messages.Messages;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.problem.ProblemMappers;
import cn.gov.jinshan.congress.platform.problem.ProblemResponses;
import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import cn.gov.jinshan.congress.suggestions.domain.Labelled;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * This service's refusals in the client's language down to their arguments: a Chinese message names
 * states, kinds, actions, classes and evaluations by their Chinese names (已办结, 提交), never by their
 * codes; an English one keeps the codes and verbs it always had. Runs before the platform's mapper
 * of the same exception, which knows nothing of this service's labels.
 */
public class LocalizedProblems {

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = ProblemResponses.locale(headers);
    Object[] args = localized(e.args(), e.kind() == ProblemKind.NOT_FOUND, locale);
    return ProblemResponses.of(e.kind(), headers, uri, e.messageKey(), args, null);
  }

  /** The domain's refusals: the platform's mapper decides the problem, this the arguments. */
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response ruleViolation(RuleViolation e, HttpHeaders headers, UriInfo uri) {
    Locale locale = ProblemResponses.locale(headers);
    ProblemKind kind = ProblemMappers.kindOf(e.reason());
    Object[] args = localized(e.args(), kind == ProblemKind.NOT_FOUND, locale);
    return ProblemResponses.of(kind, headers, uri, e.messageKey(), args, null);
  }

  static Object[] localized(Object[] args, boolean notFound, Locale locale) {
    if (!Messages.CHINESE.equals(locale)) {
      return args;
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Labelled labelled) {
        args[i] = labelled.label();
      }
    }
    if (notFound && args.length > 0 && args[0] instanceof String what) {
      // the platform's "{0} {1} does not exist" gets what it names as a message key
      args[0] = Messages.get(locale, what);
    }
    return args;
  }
}
