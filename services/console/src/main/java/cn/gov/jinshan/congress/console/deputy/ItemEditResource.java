package cn.gov.jinshan.congress.console.deputy;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.SuggestionsApi;
import cn.gov.jinshan.congress.console.api.model.Bodies;
import cn.gov.jinshan.congress.console.api.model.Item;
import cn.gov.jinshan.congress.console.session.Viewer;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Editing a draft, or an item the congress office returned for changes (已退回修改): title, category and
 * content, sent with If-Match of the version the deputy saw. When someone else changed it in
 * between (412), the form shows the current version and, below it, what the deputy had typed.
 */
@Path("/deputy/items/{id}/edit")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class ItemEditResource {
  private static final Set<String> FIELDS = Set.of("category", "title", "content");

  private final SuggestionsApi suggestions;

  public ItemEditResource(@RestClient SuggestionsApi suggestions) {
    this.suggestions = suggestions;
  }

  /**
   * What the edit form shows.
   *
   * @param etag the version the values are from, sent back as If-Match
   * @param typed what the deputy had typed when the save was refused as stale, otherwise null
   */
  public record EditForm(
      Item item, String etag, String category, String title, String content, EditForm typed) {
    static EditForm of(RestResponse<Item> current) {
      Item item = current.getEntity();
      return new EditForm(
          item,
          current.getHeaderString("ETag"),
          item.category(),
          item.title(),
          item.content(),
          null);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance edit(EditForm form, String notice, ProblemView problem);
  }

  @GET
  public TemplateInstance form(@RestPath UUID id) {
    return Templates.edit(EditForm.of(suggestions.get(id)), null, ProblemView.NONE);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object save(
      @RestPath UUID id,
      @RestForm String category,
      @RestForm String title,
      @RestForm String content,
      @RestForm String etag) {
    RestResponse<Item> before = suggestions.get(id);
    Item item = before.getEntity();
    try {
      suggestions.update(
          id,
          etag == null || etag.isBlank() ? null : etag.trim(),
          new Bodies.Draft(item.kind(), title, content, blankToNull(category)));
      return Response.seeOther(URI.create("/deputy/items/" + id + "?notice=saved")).build();
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem = ProblemView.of(refused, FIELDS, Map.of());
      EditForm typed = new EditForm(item, etag, category, title, content, null);
      EditForm shown =
          refused.status() == 412
              ? new EditForm(
                  item,
                  before.getHeaderString("ETag"),
                  item.category(),
                  item.title(),
                  item.content(),
                  typed)
              : typed;
      return Response.status(refused.status() == 412 ? 409 : 400)
          .entity(Templates.edit(shown, problem.notice(), problem))
          .build();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
