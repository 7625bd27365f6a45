package cn.gov.jinshan.congress.console.voting;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.VotingApi;
import cn.gov.jinshan.congress.console.api.model.Rounds;
import cn.gov.jinshan.congress.console.session.Viewer;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Livelihood-project voting for a deputy: the rounds, checking in, the ballot (赞成 / 反对 / 弃权 per
 * candidate, at most N 赞成: the page refuses a further one and so does the server), and the receipt
 * code, shown once.
 */
@Path("/deputy/voting")
@RolesAllowed(Viewer.DEPUTY)
@Produces(MediaType.TEXT_HTML)
public class VotingResource {
  static final String CHOICE_PREFIX = "choice-";

  private final VotingApi voting;

  public VotingResource(@RestClient VotingApi voting) {
    this.voting = voting;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance rounds(List<Rounds.Round> rounds);

    static native TemplateInstance round(
        Rounds.Round round,
        List<Rounds.Candidate> candidates,
        Map<UUID, String> marked,
        String notice,
        ProblemView problem);

    static native TemplateInstance receipt(Rounds.Round round, Rounds.Receipt receipt);
  }

  @GET
  public TemplateInstance rounds() {
    return Templates.rounds(voting.rounds(20).items());
  }

  @GET
  @Path("{id}")
  public TemplateInstance round(@RestPath UUID id, @RestQuery String notice) {
    return Templates.round(
        voting.round(id), candidates(id), Map.of(), Notices.text(notice), ProblemView.NONE);
  }

  @POST
  @Path("{id}/check-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object checkIn(@RestPath UUID id) {
    try {
      voting.checkIn(id, new Rounds.CheckIn(null));
      return Response.seeOther(URI.create("/deputy/voting/" + id + "?notice=checked-in")).build();
    } catch (PlatformProblem refused) {
      return again(id, Map.of(), refused);
    }
  }

  @POST
  @Path("{id}/ballot")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object cast(@RestPath UUID id, MultivaluedMap<String, String> form) {
    List<Rounds.Mark> marks = new ArrayList<>();
    Map<UUID, String> marked = new java.util.HashMap<>();
    form.forEach(
        (name, values) -> {
          if (name.startsWith(CHOICE_PREFIX) && !values.isEmpty()) {
            String candidate = name.substring(CHOICE_PREFIX.length());
            if (candidate.matches("[0-9a-fA-F-]{36}")) {
              marked.put(UUID.fromString(candidate), values.get(0));
              marks.add(new Rounds.Mark(UUID.fromString(candidate), values.get(0)));
            }
          }
        });
    try {
      Rounds.Receipt receipt = voting.cast(id, new Rounds.Ballot(marks));
      // shown once: the receipt code is the voter's alone, never cached or shown again
      return Response.ok(Templates.receipt(voting.round(id), receipt))
          .header("Cache-Control", "no-store")
          .build();
    } catch (PlatformProblem refused) {
      return again(id, marked, refused);
    }
  }

  private Object again(UUID id, Map<UUID, String> marked, PlatformProblem refused) {
    if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
      throw refused;
    }
    ProblemView problem = ProblemView.of(refused, Set.of(), Map.of());
    return Response.status(400)
        .entity(
            Templates.round(voting.round(id), candidates(id), marked, problem.notice(), problem))
        .build();
  }

  private List<Rounds.Candidate> candidates(UUID id) {
    return voting.candidates(id, "SHORTLISTED", 100).items();
  }
}
