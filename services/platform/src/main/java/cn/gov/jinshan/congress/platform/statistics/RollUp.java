package cn.gov.jinshan.congress.platform.statistics;

import cn.gov.jinshan.congress.platform.problem.ProblemException;

/**
 * The {@code rollUp} query parameter of the statistics routes: whether a congress's figures include
 * the congresses below it. Only {@code true} and {@code false} are read (absent is false, and so is
 * an empty {@code rollUp=}, which reaches a resource as absent); any other value is a 400 naming
 * the parameter and its values, because a JAX-RS {@code boolean} would silently read {@code
 * rollUp=yes} as false and answer the wrong figures.
 *
 * <p>In a resource: {@code @QueryParam(RollUp.PARAMETER) String rollUp}, then {@code
 * RollUp.parse(rollUp)}.
 */
public final class RollUp {
  /** The query parameter's name, the same on every statistics route. */
  public static final String PARAMETER = "rollUp";

  private RollUp() {}

  /** The parameter's value; 400 {@code statistics.roll-up.invalid} for anything but true/false. */
  public static boolean parse(String value) {
    if (value == null) {
      return false;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ProblemException.badRequest("statistics.roll-up.invalid", PARAMETER);
    };
  }
}
