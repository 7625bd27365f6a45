package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.DeputiesApi;
import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.ConstituentContacts;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.Fmt;
import cn.gov.jinshan.congress.console.view.FormKeys;
import cn.gov.jinshan.congress.console.view.Notices;
import cn.gov.jinshan.congress.console.view.ProblemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A deputy's constituent contacts (联系群众): the opinions received, newest first, each either linked
 * to the suggestion it became or offered to become one (转为建议), and the form that records a new one
 * at a contact station. The form carries its own Idempotency-Key: a double click records one
 * contact.
 */
@Path("/deputy/contacts")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class ConstituentContactsResource {
  static final int PAGE_SIZE = 50;
  private static final int STATIONS = 100;
  private static final Set<String> FIELDS =
      Set.of("stationId", "receivedOn", "constituentName", "subject", "content");

  private final DeputiesApi deputies;
  private final Viewer viewer;

  public ConstituentContactsResource(@RestClient DeputiesApi deputies, Viewer viewer) {
    this.deputies = deputies;
    this.viewer = viewer;
  }

  /** A contact as the list shows it, with its station's name. */
  public record Row(ConstituentContacts.Contact contact, String stationName) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance contacts(
        List<Row> rows,
        String nextPageToken,
        List<ConstituentContacts.Station> stations,
        Map<String, String> typed,
        String notice,
        ProblemView problem);
  }

  @GET
  public TemplateInstance contacts(@RestQuery String pageToken, @RestQuery String notice) {
    Map<String, String> empty = new HashMap<>();
    empty.put("idempotencyKey", FormKeys.next());
    empty.put("receivedOn", LocalDate.now(Fmt.ZONE).toString());
    return page(pageToken, empty, Notices.text(notice), ProblemView.NONE);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object record(
      @RestForm String stationId,
      @RestForm String receivedOn,
      @RestForm String constituentName,
      @RestForm String subject,
      @RestForm String content,
      @RestForm String idempotencyKey) {
    String key = FormKeys.keep(idempotencyKey);
    Map<String, String> typed =
        Map.of(
            "stationId", nonNull(stationId),
            "receivedOn", nonNull(receivedOn),
            "constituentName", nonNull(constituentName),
            "subject", nonNull(subject),
            "content", nonNull(content),
            "idempotencyKey", key);
    try {
      deputies.recordContact(
          deputyId(),
          key,
          new Bodies.RecordConstituentContact(
              uuid(stationId), date(receivedOn), blankToNull(constituentName), subject, content));
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem = ProblemView.of(refused, FIELDS, Map.of());
      return Response.status(400).entity(page(null, typed, problem.notice(), problem)).build();
    }
    return Response.seeOther(URI.create("/deputy/contacts?notice=constituent-recorded")).build();
  }

  private TemplateInstance page(
      String pageToken, Map<String, String> typed, String notice, ProblemView problem) {
    var page =
        deputies.contacts(
            deputyId(), PAGE_SIZE, pageToken == null || pageToken.isBlank() ? null : pageToken);
    List<ConstituentContacts.Station> stations = deputies.stations(STATIONS).items();
    Map<UUID, String> names =
        stations.stream()
            .collect(
                Collectors.toMap(
                    ConstituentContacts.Station::id,
                    ConstituentContacts.Station::name,
                    (a, b) -> a));
    List<Row> rows =
        page.items().stream()
            .map(
                c -> new Row(c, c.stationId() == null ? "" : names.getOrDefault(c.stationId(), "")))
            .toList();
    return Templates.contacts(rows, page.nextPageToken(), stations, typed, notice, problem);
  }

  /** A deputy login carries its deputy id; without one there is nothing of theirs to show. */
  private UUID deputyId() {
    UUID id = uuid(viewer.getDeputyId());
    if (id == null) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return id;
  }

  private static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A date as the form's date field sends it; anything else goes to the API as absent. */
  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
