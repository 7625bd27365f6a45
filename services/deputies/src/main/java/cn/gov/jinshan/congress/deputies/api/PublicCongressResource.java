package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.CongressResponse;
import cn.gov.jinshan.congress.deputies.domain.Congress;
import cn.gov.jinshan.congress.deputies.service.CongressService;
import cn.gov.jinshan.congress.platform.http.Answers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/public/congresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Congresses", description = "区人大与各镇人大")
public class PublicCongressResource {
  private final CongressService congresses;

  public PublicCongressResource(CongressService congresses) {
    this.congresses = congresses;
  }

  @GET
  @PermitAll
  @Operation(summary = "The congresses this platform serves (a handful; not paged)")
  public List<CongressResponse> list() {
    return congresses.list().stream().map(CongressResponse::from).toList();
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "One congress with its current term and session")
  public Response get(@PathParam("id") String id) {
    Congress c = congresses.get(id);
    return Answers.ok(CongressResponse.from(c)).version(c.version()).build();
  }
}
