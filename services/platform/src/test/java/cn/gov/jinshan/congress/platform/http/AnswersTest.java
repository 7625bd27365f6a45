package cn.gov.jinshan.congress.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The headers of write answers, spelled the same way by every resource. */
class AnswersTest {
  // what Quarkus hands a resource for a request that came through the gateway
  private final UriInfo request =
      request("https://gateway.example:8443/", "https://gateway.example:8443/api/v1/topics");

  @Test
  void shouldAnswerACreationWithLocationUnderTheRequestPathAndTheETagOfTheVersion() {
    UUID id = UUID.randomUUID();
    Map<String, String> body = Map.of("id", id.toString());

    Response answer = Answers.created(request, id, body).version(3).build();

    assertThat(answer.getStatus()).isEqualTo(201);
    assertThat(answer.getLocation())
        .isEqualTo(URI.create("https://gateway.example:8443/api/v1/topics/" + id));
    assertThat(answer.getEntityTag()).isEqualTo(new EntityTag("3"));
    assertThat(answer.getHeaderString("ETag")).isEqualTo("\"3\"");
    assertThat(answer.getEntity()).isSameAs(body);
    assertThat(answer.getHeaderString("Link")).isNull();
  }

  @Test
  void shouldPutALocationUnderAnotherCollectionOnTheRequestBase() {
    URI location = Answers.underBase(request, "api/v1/public/congresses", "jinshan");

    Response answer = Answers.created(location, "body").version(0).build();

    assertThat(answer.getLocation())
        .isEqualTo(URI.create("https://gateway.example:8443/api/v1/public/congresses/jinshan"));
    assertThat(answer.getHeaderString("ETag")).isEqualTo("\"0\"");
  }

  @Test
  void shouldAnswerAStepOnAPartWithTheAggregatesETagAndALinkUp() {
    UUID topic = UUID.randomUUID();

    Response created =
        Answers.created("hearing").version(7).up("/api/v1/supervision-topics/" + topic).build();
    Response ok = Answers.ok("answer").version(8).up("/api/v1/supervision-topics/" + topic).build();

    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getLocation()).isNull();
    assertThat(created.getEntity()).isEqualTo("hearing");
    assertThat(created.getHeaderString("ETag")).isEqualTo("\"7\"");
    assertThat(created.getHeaderString("Link"))
        .isEqualTo("</api/v1/supervision-topics/" + topic + ">; rel=\"up\"");
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getHeaderString("ETag")).isEqualTo("\"8\"");
    assertThat(ok.getHeaderString("Link"))
        .isEqualTo("</api/v1/supervision-topics/" + topic + ">; rel=\"up\"");
  }

  @Test
  void shouldAnswerWithTheStatusTheStepChoseAndANamedRelation() {
    Response answer =
        Answers.of(Response.Status.OK, "milestone")
            .version(2)
            .link("/api/v1/livelihood-projects/p1", "project")
            .build();

    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getHeaderString("Link"))
        .isEqualTo("</api/v1/livelihood-projects/p1>; rel=\"project\"");
  }

  @Test
  void shouldKeepASecretOutOfCaches() {
    Response answer = Answers.created("receipt").noStore().build();

    assertThat(answer.getStatus()).isEqualTo(201);
    assertThat(answer.getHeaderString("Cache-Control")).isEqualTo("no-store");
    assertThat(answer.getEntityTag()).isNull();
  }

  @Test
  void shouldLeaveTheETagOutWhenNoVersionIsGiven() {
    Response answer = Answers.ok("summary").build();

    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getEntityTag()).isNull();
  }

  private static UriInfo request(String base, String absolutePath) {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getBaseUriBuilder" -> UriBuilder.fromUri(base);
                  case "getAbsolutePathBuilder" -> UriBuilder.fromUri(absolutePath);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
