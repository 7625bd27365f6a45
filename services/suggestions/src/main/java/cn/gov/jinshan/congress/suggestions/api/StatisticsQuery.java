package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.statistics.RollUp;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters shared by the statistics routes (JSON, CSV, XLSX), so the three read them
 * the same way.
 *
 * <p>Whether the towns are rolled up is the platform's {@code rollUp}. Its former name here, {@code
 * includeTowns}, is still read for one release so that existing clients keep their figures; when a
 * caller sends both and they disagree there is no telling which one they meant, so that is a 400
 * rather than a guess.
 */
public class StatisticsQuery {
  static final String DEPRECATED_ROLL_UP = "includeTowns";

  @QueryParam("congressId")
  @Size(max = 40)
  String congressId;

  @QueryParam(RollUp.PARAMETER)
  @Parameter(
      description =
          "true rolls the towns below the congress up with it (cross_congress role); false"
              + " (default)",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"true", "false"},
              defaultValue = "false"))
  String rollUp;

  @QueryParam(DEPRECATED_ROLL_UP)
  @Parameter(
      deprecated = true,
      description =
          "Deprecated: the former name of rollUp, read for one release. Sent with rollUp, it must"
              + " say the same (400 otherwise).",
      schema = @Schema(type = SchemaType.BOOLEAN))
  String includeTowns;

  @QueryParam("term")
  @Min(1)
  @Max(99)
  Integer term;

  @QueryParam("session")
  @Min(1)
  @Max(99)
  Integer session;

  @QueryParam("year")
  @Min(2000)
  @Max(2100)
  Integer year;

  /** Whether to roll the towns up; 400 for a value of either name that is not true or false. */
  boolean rollUp() {
    Boolean alias = deprecatedRollUp();
    if (rollUp == null) {
      return alias != null && alias;
    }
    boolean asked = RollUp.parse(rollUp);
    if (alias != null && alias != asked) {
      throw ProblemException.badRequest(
          "statistics.roll-up.conflict",
          RollUp.PARAMETER,
          rollUp,
          DEPRECATED_ROLL_UP,
          includeTowns);
    }
    return asked;
  }

  /**
   * The old name as it was read before (true or false in any case, nothing when empty), except that
   * another value is now a 400 rather than silently false.
   */
  private Boolean deprecatedRollUp() {
    if (includeTowns == null || includeTowns.isBlank()) {
      return null;
    }
    String v = includeTowns.strip();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.valueOf(v);
    }
    throw ProblemException.badRequest(
        "parameter.boolean", DEPRECATED_ROLL_UP, v.length() > 40 ? v.substring(0, 40) + "…" : v);
  }
}
