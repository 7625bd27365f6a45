package cn.gov.jinshan.congress.console.api;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/** An API answered with an error status; carries its problem+json when it sent one. */
public class PlatformProblem extends RuntimeException {
  private static final Logger LOG = Logger.getLogger(PlatformProblem.class);

  private final int status;
  private final transient Problem problem;

  public PlatformProblem(int status, Problem problem) {
    super(status + " " + (problem == null ? "" : problem.code() + ": " + problem.detail()));
    this.status = status;
    this.problem = problem;
  }

  /** Reads the answer of a failed call; a body that is not a problem leaves only the status. */
  public static PlatformProblem from(Response response) {
    Problem problem = null;
    String type = response.getHeaderString("Content-Type");
    if (type != null && type.contains("json")) {
      try {
        problem = response.readEntity(Problem.class);
      } catch (RuntimeException e) {
        LOG.debugf("Answer %d without a readable problem: %s", response.getStatus(), e);
      }
    }
    return new PlatformProblem(response.getStatus(), problem);
  }

  public int status() {
    return status;
  }

  /** The problem, or an empty one with the status only. */
  public Problem problem() {
    return problem == null ? new Problem(null, null, status, null, null, null) : problem;
  }

  public String detailOr(String fallback) {
    return problem == null || problem.detail() == null ? fallback : problem.detail();
  }
}
