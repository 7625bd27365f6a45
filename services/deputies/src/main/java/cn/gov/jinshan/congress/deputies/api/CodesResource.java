package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import cn.gov.jinshan.congress.deputies.domain.Gender;
import cn.gov.jinshan.congress.deputies.domain.Labelled;
import cn.gov.jinshan.congress.deputies.domain.StationKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The codes this service uses, with their Chinese labels, for forms and lists. */
@Path("/api/v1/public/deputy-codes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class CodesResource {
  @GET
  @Operation(
      summary = "Codes and Chinese labels: gender, level, status, activity and station kinds")
  public Map<String, Map<String, String>> codes() {
    Map<String, Map<String, String>> codes = new LinkedHashMap<>();
    codes.put("gender", labels(Gender.values()));
    codes.put("deputyLevel", labels(DeputyLevel.values()));
    codes.put("deputyStatus", labels(DeputyStatus.values()));
    codes.put("activityKind", labels(ActivityKind.values()));
    codes.put("stationKind", labels(StationKind.values()));
    return codes;
  }

  private static Map<String, String> labels(Labelled[] values) {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> labels.put(v.name(), v.label()));
    return labels;
  }
}
