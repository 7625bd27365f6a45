package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.DeputiesApi;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.model.PerformanceRecord;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.Fmt;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The deputy's own performance record (履职档案) for a year: how many activities of each kind and the
 * score, as the deputies service counts them; the year is chosen from the last few.
 */
@Path("/deputy/record")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class PerformanceRecordResource {
  /** How many years back the selector offers (a term is five years). */
  static final int YEARS_OFFERED = 6;

  private final DeputiesApi deputies;
  private final Viewer viewer;

  public PerformanceRecordResource(@RestClient DeputiesApi deputies, Viewer viewer) {
    this.deputies = deputies;
    this.viewer = viewer;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance record(PerformanceRecord record, int year, List<Integer> years);
  }

  @GET
  public TemplateInstance record(@RestQuery Integer year) {
    int thisYear = LocalDate.now(Fmt.ZONE).getYear();
    List<Integer> years = IntStream.range(0, YEARS_OFFERED).mapToObj(i -> thisYear - i).toList();
    int chosen = year == null ? thisYear : year;
    if (chosen < 2000 || chosen > thisYear || viewer.getDeputyId() == null) {
      throw new PlatformProblem(404, null);
    }
    PerformanceRecord record = deputies.performance(UUID.fromString(viewer.getDeputyId()), chosen);
    return Templates.record(record, chosen, years);
  }
}
