package cn.gov.jinshan.congress.console.web;

import cn.gov.jinshan.congress.console.session.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Where an item opens for the person looking at it: a deputy's item page, a unit's task page. Mails
 * and other messages link to {@code /items/{id}} whoever receives them (a deputy and the
 * departments hear of the same item), and this page sends each person to their own workspace's page
 * of it; someone with no page of items goes to their start page. The page it leads to decides what
 * the person may see.
 */
@Path("/items")
@Authenticated
public class ItemLinks {
  private final Viewer viewer;

  public ItemLinks(Viewer viewer) {
    this.viewer = viewer;
  }

  @GET
  @Path("{id}")
  public Response open(@RestPath UUID id) {
    String page = of(viewer, id.toString());
    return Response.seeOther(URI.create(page == null ? "/" : page)).build();
  }

  /** The item's page in the viewer's workspace; null when the workspace has none. */
  public static String of(Viewer viewer, String itemId) {
    return page(viewer.isDeputy(), viewer.isDepartment(), "", itemId);
  }

  /**
   * The page a notification of {@code kind} about {@code itemId} opens: a round's for the voting
   * kinds (their item is the round), none yet for the supervision kinds (a topic has no page in the
   * console), else the suggestion's page in the viewer's workspace.
   */
  public static String of(Viewer viewer, String kind, String itemId) {
    return page(viewer.isDeputy(), viewer.isDepartment(), kind, itemId);
  }

  static String page(boolean deputy, boolean department, String kind, String itemId) {
    return switch (kind) {
      case "BALLOT_OPENED", "CHECK_IN_OPEN" ->
          deputy ? "/deputy/voting/" + itemId : "/public/rounds/" + itemId;
      case "ROUND_RESULT_PUBLISHED" -> "/public/rounds/" + itemId;
      case "YEAR_END_RATING_OPEN" -> "/public/projects?round=" + itemId;
      case "HEARING_SCHEDULED",
          "HEARING_ATTENDANCE_REQUESTED",
          "RECTIFICATION_REQUESTED",
          "RECTIFICATION_DUE_IN_7_DAYS",
          "RECTIFICATION_DUE_IN_1_DAY",
          "RECTIFICATION_OVERDUE",
          "WEBHOOK_DISABLED" ->
          null;
      default -> {
        if (deputy) {
          yield "/deputy/items/" + itemId;
        }
        yield department ? "/department/tasks/" + itemId : null;
      }
    };
  }
}
