package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.testing.OpenApiRoutes;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Isolation between two congresses on every route: users of congress A (staff, lead deputy, lead
 * department, auditor, admin) neither read nor change anything of congress B. The route table below
 * is checked against the service's OpenAPI document, so a new route without an isolation rule fails
 * this test.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IsolationTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  /** What a route is checked for. */
  enum Rule {
    /** on B's item: 404 or 403 for every caller of A, B's item unchanged. */
    FOREIGN_ITEM,
    /** a collection or figures: A's callers see only A, asking for B is 403. */
    SCOPED,
    /** published or reference data, readable by anyone by design (checked elsewhere). */
    PUBLIC
  }

  record Route(String method, String path, Rule rule, Object body) {}

  private static final Map<String, Object> NONE = Map.of();

  private static List<Route> routes() {
    String i = "/api/v1/suggestions/{id}";
    Map<String, Object> reply =
        Map.of("replyClass", "A", "text", "x", "publishable", true, "signedBy", "x");
    return List.of(
        new Route("GET", "/api/v1/suggestions", Rule.SCOPED, null),
        new Route("POST", "/api/v1/suggestions", Rule.SCOPED, null),
        new Route("GET", i, Rule.FOREIGN_ITEM, null),
        new Route(
            "PUT",
            i,
            Rule.FOREIGN_ITEM,
            Map.of("kind", "SUGGESTION", "title", "改", "content", "改", "category", "OTHER")),
        new Route("GET", i + "/co-signers", Rule.FOREIGN_ITEM, null),
        new Route(
            "POST",
            i + "/co-signers",
            Rule.FOREIGN_ITEM,
            Map.of("deputyIds", List.of(UUID.randomUUID().toString()))),
        new Route(
            "POST",
            i + "/co-signers/{deputyId}/answer",
            Rule.FOREIGN_ITEM,
            Map.of("accept", false)),
        new Route("POST", i + "/submit", Rule.FOREIGN_ITEM, null),
        new Route("POST", i + "/registration", Rule.FOREIGN_ITEM, null),
        new Route("POST", i + "/return", Rule.FOREIGN_ITEM, Map.of("reason", "x")),
        new Route(
            "POST",
            i + "/merge",
            Rule.FOREIGN_ITEM,
            Map.of("intoId", UUID.randomUUID().toString())),
        new Route("POST", i + "/assignments", Rule.FOREIGN_ITEM, Map.of("leadDepartmentId", "X")),
        new Route("GET", i + "/tasks", Rule.FOREIGN_ITEM, null),
        new Route("POST", i + "/tasks/{taskId}/sign-for", Rule.FOREIGN_ITEM, null),
        new Route(
            "POST", i + "/tasks/{taskId}/send-back", Rule.FOREIGN_ITEM, Map.of("reason", "x")),
        new Route("POST", i + "/tasks/{taskId}/opinion", Rule.FOREIGN_ITEM, Map.of("text", "x")),
        new Route("GET", i + "/dossier", Rule.FOREIGN_ITEM, null),
        new Route("GET", i + "/contacts", Rule.FOREIGN_ITEM, null),
        new Route(
            "POST",
            i + "/contacts",
            Rule.FOREIGN_ITEM,
            Map.of("contactedOn", TODAY, "way", "PHONE", "summary", "x")),
        new Route("GET", i + "/replies", Rule.FOREIGN_ITEM, null),
        new Route("POST", i + "/replies", Rule.FOREIGN_ITEM, reply),
        new Route("POST", i + "/follow-ups", Rule.FOREIGN_ITEM, Map.of("fulfilledOn", TODAY)),
        new Route("POST", i + "/evaluation", Rule.FOREIGN_ITEM, Map.of("result", "SATISFIED")),
        new Route("POST", i + "/closure", Rule.FOREIGN_ITEM, null),
        new Route("GET", i + "/extension-requests", Rule.FOREIGN_ITEM, null),
        new Route(
            "POST",
            i + "/extension-requests",
            Rule.FOREIGN_ITEM,
            Map.of("newDueOn", "2099-01-01", "reason", "x")),
        new Route(
            "POST",
            i + "/extension-requests/{requestId}/decision",
            Rule.FOREIGN_ITEM,
            Map.of("approve", true)),
        new Route(
            "PUT", i + "/key-supervision", Rule.FOREIGN_ITEM, Map.of("supervisingLeader", "x")),
        new Route("GET", i + "/referrals", Rule.FOREIGN_ITEM, null),
        new Route(
            "POST",
            i + "/referrals",
            Rule.FOREIGN_ITEM,
            Map.of("target", "CITY", "reason", "x", "cityReference", "x")),
        new Route("GET", i + "/attachments", Rule.FOREIGN_ITEM, null),
        new Route("POST", i + "/attachments", Rule.FOREIGN_ITEM, AttachmentTest.PDF),
        new Route("GET", i + "/attachments/{attachmentId}", Rule.FOREIGN_ITEM, null),
        new Route("POST", "/api/v1/motions/{id}/acceptance", Rule.FOREIGN_ITEM, null),
        new Route("POST", "/api/v1/motions/{id}/conversion", Rule.FOREIGN_ITEM, null),
        new Route("GET", "/api/v1/suggestion-statistics", Rule.SCOPED, null),
        new Route("GET", "/api/v1/suggestion-statistics.csv", Rule.SCOPED, null),
        new Route("GET", "/api/v1/suggestion-statistics.xlsx", Rule.SCOPED, null),
        new Route("GET", "/api/v1/suggestion-export.{format}", Rule.SCOPED, null),
        new Route("GET", "/api/v1/suggestion-deputies/{deputyId}", Rule.FOREIGN_ITEM, null),
        new Route("GET", "/api/v1/suggestion-congresses/{congressId}", Rule.PUBLIC, null),
        new Route("GET", "/api/v1/suggestion-departments", Rule.SCOPED, null),
        new Route("POST", "/api/v1/suggestion-departments", Rule.SCOPED, null),
        new Route("GET", "/api/v1/suggestion-departments/{code}", Rule.FOREIGN_ITEM, null),
        new Route(
            "PUT",
            "/api/v1/suggestion-departments/{code}",
            Rule.FOREIGN_ITEM,
            Map.of("name", "改名", "kind", "OTHER", "active", false)),
        new Route(
            "POST", "/api/v1/suggestion-departments/{code}/deactivation", Rule.FOREIGN_ITEM, null),
        new Route("GET", "/api/v1/public/suggestions", Rule.PUBLIC, null),
        new Route("GET", "/api/v1/public/suggestions/{id}", Rule.PUBLIC, null));
  }

  @Test
  void shouldDeclareAnIsolationRuleForEveryRouteOfTheOpenApiDocument() {
    Set<String> documented = new TreeSet<>();
    OpenApiRoutes.documented().forEach(route -> documented.add(normalise(route)));
    Set<String> declared = new TreeSet<>();
    routes().forEach(r -> declared.add(r.method() + " " + normalise(r.path())));
    assertThat(declared).isEqualTo(documented);
  }

  private static String normalise(String path) {
    return path.replaceAll("\\{[^}]+}", "{}");
  }

  @Test
  void shouldNeitherReadNorChangeAnotherCongressOnAnyRoute() {
    Flow a = Flow.create().inProgress().contacted(TODAY);
    Flow b = Flow.create();
    UUID bCoSigner = b.congress.deputy("孙丽");
    b.drafted();
    cn.gov.jinshan.congress.suggestions.support.Api.invite(b.leadToken, b.id, List.of(bCoSigner));
    // the draft serves the co-signer routes; a second item, in progress, the handling routes
    Flow bHandled = b.another().inProgress().contacted(TODAY);
    UUID bDraft = b.id;
    String bAttachment = AttachmentTest.attach(b.leadToken, bDraft, "b.pdf", AttachmentTest.PDF);

    Map<String, String> callersOfA = new LinkedHashMap<>();
    callersOfA.put("staff", a.congress.staffToken);
    callersOfA.put("admin", Tokens.admin(a.congress.id));
    callersOfA.put("auditor", Tokens.withRoles(a.congress.id, "auditor"));
    callersOfA.put("lead deputy", a.leadToken);
    callersOfA.put("lead department", a.leadDeptToken);
    // the same department id and deputy id as in B, but with A's congress in the token
    callersOfA.put("B's department id in A", a.congress.departmentToken(bHandled.leadDepartment));
    callersOfA.put("B's lead id in A", Tokens.deputy(a.congress.id, b.lead));

    long draftVersion = version(b, bDraft);
    long handledVersion = version(b, bHandled.id);
    List<String> failures = new ArrayList<>();
    for (Route route : routes()) {
      if (route.rule() != Rule.FOREIGN_ITEM) {
        continue;
      }
      for (UUID item : List.of(bDraft, bHandled.id)) {
        String path =
            route
                .path()
                .replace("{id}", item.toString())
                .replace("{taskId}", bHandled.leadTask)
                .replace("{requestId}", UUID.randomUUID().toString())
                .replace("{attachmentId}", bAttachment)
                .replace("{code}", bHandled.leadDepartment)
                .replace("suggestion-deputies/{deputyId}", "suggestion-deputies/" + b.lead)
                .replace("{deputyId}", bCoSigner.toString());
        callersOfA.forEach(
            (who, token) -> {
              var request = given().auth().oauth2(token);
              if (route.body() instanceof byte[] file) {
                request.multiPart("file", "a.pdf", file, "application/pdf");
              } else if (route.body() != null) {
                request.contentType(ContentType.JSON).body(route.body());
              }
              var response = request.request(route.method(), path).then().extract();
              int status = response.statusCode();
              if (status != 404 && status != 403) {
                failures.add(
                    route.method()
                        + " "
                        + path
                        + " as "
                        + who
                        + " → "
                        + status
                        + " "
                        + response.asString());
              }
            });
      }
    }
    assertThat(failures).isEmpty();
    assertThat(version(b, bDraft)).isEqualTo(draftVersion);
    assertThat(version(b, bHandled.id)).isEqualTo(handledVersion);
    get(b.congress.staffToken, BASE + "/" + bHandled.id + "/contacts").body("size()", equalTo(1));
    get(b.congress.staffToken, BASE + "/" + bHandled.id + "/referrals").body("size()", equalTo(0));
    get(b.congress.staffToken, BASE + "/" + bHandled.id + "/attachments")
        .body("size()", equalTo(0));
    get(b.congress.staffToken, BASE + "/" + bDraft + "/attachments").body("size()", equalTo(1));
    get(b.congress.staffToken, "/api/v1/suggestion-departments/" + bHandled.leadDepartment)
        .statusCode(200)
        .body("active", equalTo(true))
        .body("version", equalTo(0));

    // SCOPED routes: lists, search, statistics of A only; asking for B is 403
    for (String token :
        List.of(a.congress.staffToken, Tokens.withRoles(a.congress.id, "auditor"))) {
      get(token, BASE + "?limit=100")
          .statusCode(200)
          .body("items.id", not(hasItem(bHandled.id.toString())))
          .body("items.id", hasItem(a.id.toString()));
      get(token, BASE + "?q=农村公路&limit=100")
          .statusCode(200)
          .body("items.id", not(hasItem(bHandled.id.toString())));
      get(token, BASE + "?congressId=" + b.congress.id).statusCode(403);
      get(token, "/api/v1/suggestion-departments?limit=100")
          .statusCode(200)
          .body("items.code", hasItem(a.leadDepartment))
          .body("items.code", not(hasItem(bHandled.leadDepartment)))
          .body("items.congressId", everyItem(equalTo(a.congress.id)));
      get(token, "/api/v1/suggestion-statistics?congressId=" + b.congress.id).statusCode(403);
      get(token, "/api/v1/suggestion-statistics.csv?congressId=" + b.congress.id).statusCode(403);
      get(token, "/api/v1/suggestion-statistics.xlsx?congressId=" + b.congress.id).statusCode(403);
      get(token, "/api/v1/suggestion-export.csv?congressId=" + b.congress.id).statusCode(403);
      // A has one item: the header and its row, none of B's three
      assertThat(get(token, "/api/v1/suggestion-export.csv").statusCode(200).extract().asString())
          .hasLineCount(2);
      get(token, "/api/v1/suggestion-statistics")
          .statusCode(200)
          .body("[-1].items", equalTo(1))
          .body("[-1].congressId", equalTo(a.congress.id));
    }
    get(a.leadToken, BASE + "?congressId=" + b.congress.id).statusCode(403);
    get(a.leadDeptToken, BASE)
        .statusCode(200)
        .body("items.id", not(hasItem(bHandled.id.toString())));
    // creating in A lands in A, never in B; naming B in the body is refused
    cn.gov.jinshan.congress.suggestions.support.Api.post(
            a.leadToken,
            BASE,
            cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion()
                .with("congressId", b.congress.id)
                .build())
        .statusCode(400);
    var created =
        cn.gov.jinshan.congress.suggestions.support.Api.post(
                a.leadToken,
                BASE,
                cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion().build())
            .statusCode(201)
            .extract();
    assertThat((String) created.path("congressId")).isEqualTo(a.congress.id);
    // events consumed: B's deputies exist only in B's copy (invite, read through A)
    cn.gov.jinshan.congress.suggestions.support.Api.post(
            a.leadToken,
            BASE + "/" + created.path("id") + "/co-signers",
            Map.of("deputyIds", List.of(bCoSigner)))
        .statusCode(422);
  }

  private static long version(Flow b, UUID id) {
    return ((Number) get(b.congress.staffToken, BASE + "/" + id).extract().path("version"))
        .longValue();
  }
}
