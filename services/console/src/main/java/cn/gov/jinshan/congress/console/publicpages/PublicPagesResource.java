package cn.gov.jinshan.congress.console.publicpages;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.PublicApi;
import cn.gov.jinshan.congress.console.api.model.Ballots;
import cn.gov.jinshan.congress.console.api.model.PublicReply;
import cn.gov.jinshan.congress.console.view.ProblemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The pages anyone may open: published replies with a search, the livelihood-project rounds, the
 * selected projects of a round, and a round's public ballot board with its result and the receipt
 * lookup.
 */
@Path("/public")
@Produces(MediaType.TEXT_HTML)
public class PublicPagesResource {
  /** Published replies searched at once (the public list has no text filter of its own). */
  static final int SEARCHED = 100;

  /**
   * Rounds a page of the public list shows (one a year: two terms and more), on the rounds page and
   * as the choice on the projects page.
   */
  static final int PUBLIC_ROUNDS = 20;

  private final PublicApi api;
  private final String congressId;

  public PublicPagesResource(
      @RestClient PublicApi api,
      @ConfigProperty(name = "console.public.congress-id", defaultValue = "JS-DISTRICT")
          String congressId) {
    this.api = api;
    this.congressId = congressId;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance replies(List<PublicReply> replies, String q);

    static native TemplateInstance rounds(List<Ballots.PublicRound> rounds, String nextPageToken);

    static native TemplateInstance projects(
        UUID round,
        List<Ballots.RatedProject> projects,
        List<Ballots.PublicRound> rounds,
        String nextPageToken);

    static native TemplateInstance round(
        UUID round,
        Ballots.Result result,
        List<Ballots.BoardEntry> board,
        String code,
        Ballots.BoardEntry found,
        String notice,
        ProblemView problem);
  }

  @GET
  @Path("replies")
  public TemplateInstance replies(@RestQuery String q) {
    String term = q == null ? "" : q.strip();
    List<PublicReply> found =
        api.replies(congressId, SEARCHED).items().stream().filter(r -> r.matches(term)).toList();
    return Templates.replies(found, term);
  }

  /** Every round of the congress that anyone may see, newest year first, from the public API. */
  @GET
  @Path("rounds")
  public TemplateInstance rounds(@RestQuery String pageToken) {
    Ballots.PublicRoundPage page =
        api.rounds(
            congressId, PUBLIC_ROUNDS, pageToken == null || pageToken.isBlank() ? null : pageToken);
    return Templates.rounds(page.items(), page.nextPageToken());
  }

  /**
   * The selected projects of a round; without a round, the newest rounds of the public list to
   * choose from, the same for everyone (logged in or not), the earlier ones on the rounds page.
   */
  @GET
  @Path("projects")
  public TemplateInstance projects(@RestQuery UUID round) {
    if (round != null) {
      return Templates.projects(round, api.projects(round), List.of(), null);
    }
    Ballots.PublicRoundPage newest = api.rounds(congressId, PUBLIC_ROUNDS, null);
    return Templates.projects(null, List.of(), newest.items(), newest.nextPageToken());
  }

  @GET
  @Path("rounds/{id}")
  public TemplateInstance round(@RestPath UUID id) {
    return Templates.round(id, result(id), board(id), "", null, null, ProblemView.NONE);
  }

  @POST
  @Path("rounds/{id}/receipt")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object lookup(@RestPath UUID id, @RestForm String code) {
    String typed = code == null ? "" : code.strip();
    try {
      Ballots.BoardEntry found = api.lookup(id, new Ballots.ReceiptLookup(typed));
      return Templates.round(
          id, result(id), board(id), typed, found, "您的选票在公示板上。", ProblemView.NONE);
    } catch (PlatformProblem refused) {
      if (refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem =
          refused.status() == 404
              ? new ProblemView("公示板上没有这个回执码的选票，请核对后再查。", java.util.Map.of())
              : ProblemView.of(refused, Set.of("code"), java.util.Map.of());
      return Response.status(refused.status() == 404 ? 200 : 400)
          .entity(
              Templates.round(id, result(id), board(id), typed, null, problem.notice(), problem))
          .build();
    }
  }

  /** The result once published; before closing the round has none (the API answers 404/409). */
  private Ballots.Result result(UUID id) {
    try {
      return api.result(id);
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 409) {
        return null;
      }
      throw refused;
    }
  }

  private List<Ballots.BoardEntry> board(UUID id) {
    try {
      return api.board(id, 100).items();
    } catch (PlatformProblem refused) {
      if (refused.status() == 409) {
        return List.of();
      }
      throw refused;
    }
  }
}
