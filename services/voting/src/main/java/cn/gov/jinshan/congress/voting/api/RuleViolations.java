package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.problem.ProblemResponses;
import cn.gov.jinshan.congress.voting.domain.RuleViolation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The domain's refusals as problem+json: the domain names the kind, the API its HTTP status. */
public class RuleViolations {

  @ServerExceptionMapper
  public Response problem(RuleViolation e, HttpHeaders headers, UriInfo uri) {
    ProblemKind kind =
        switch (e.kind()) {
          case NOT_FOUND -> ProblemKind.NOT_FOUND;
          case INVALID_STATE -> ProblemKind.INVALID_STATE;
          case RULE_BROKEN -> ProblemKind.BUSINESS_RULE;
        };
    return ProblemResponses.of(kind, headers, uri, e.messageKey(), e.args(), null);
  }
}
