package cn.gov.jinshan.congress.suggestions.support;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings an item to a given point of its lifecycle through the API, for tests of later rules:
 * {@code Flow.in(congress).submitted()}, {@code .inProgress()}, {@code .replied("A")}.
 */
public final class Flow {
  public final TestCongress congress;
  public final UUID lead;
  public final String leadToken;
  public final String leadDepartment;
  public final String coDepartment;
  public final String leadDeptToken;
  public final String coDeptToken;
  public UUID id;
  public String leadTask;
  public String coTask;

  private Flow(TestCongress congress, UUID lead) {
    this.congress = congress;
    this.lead = lead;
    this.leadToken = congress.deputyToken(lead);
    this.leadDepartment = "JT-" + congress.id;
    this.coDepartment = "CZ-" + congress.id;
    congress.department(leadDepartment);
    congress.department(coDepartment);
    this.leadDeptToken = congress.departmentToken(leadDepartment);
    this.coDeptToken = congress.departmentToken(coDepartment);
  }

  /** A new congress with one active deputy as lead. */
  public static Flow create() {
    TestCongress congress = TestCongress.create();
    return new Flow(congress, congress.deputy("张伟"));
  }

  /** One active deputy as lead in a given congress. */
  public static Flow in(TestCongress congress) {
    return new Flow(congress, congress.deputy("李娜"));
  }

  /** Another item by the same lead, in the same congress. */
  public Flow another() {
    return new Flow(congress, lead);
  }

  public Flow drafted() {
    id = draft(leadToken, aSuggestion());
    return this;
  }

  public Flow submitted() {
    drafted();
    post(leadToken, BASE + "/" + id + "/submit", null).statusCode(200);
    return this;
  }

  public Flow registered() {
    submitted();
    post(congress.staffToken, BASE + "/" + id + "/registration", null).statusCode(200);
    return this;
  }

  public Flow assigned() {
    registered();
    var response =
        post(
                congress.staffToken,
                BASE + "/" + id + "/assignments",
                Map.of(
                    "leadDepartmentId",
                    leadDepartment,
                    "coHandlerDepartmentIds",
                    List.of(coDepartment)))
            .statusCode(200)
            .extract();
    leadTask = response.path("tasks.find { it.role == 'LEAD' }.id");
    coTask = response.path("tasks.find { it.role == 'CO_HANDLER' }.id");
    return this;
  }

  public Flow inProgress() {
    assigned();
    post(leadDeptToken, BASE + "/" + id + "/tasks/" + leadTask + "/sign-for", null).statusCode(200);
    return this;
  }

  public Flow contacted(String on) {
    post(
            leadDeptToken,
            BASE + "/" + id + "/contacts",
            Map.of("contactedOn", on, "way", "PHONE", "summary", "电话沟通办理思路"))
        .statusCode(201);
    return this;
  }

  public Flow reply(String replyClass) {
    var body = new java.util.HashMap<String, Object>();
    body.put("replyClass", replyClass);
    body.put("text", "答复正文");
    body.put("publishable", true);
    body.put("signedBy", "王局长");
    if ("B".equals(replyClass)) {
      body.put("promisedOn", "2027-06-30");
    }
    post(leadDeptToken, BASE + "/" + id + "/replies", body).statusCode(201);
    return this;
  }

  public Flow evaluate(String result) {
    post(leadToken, BASE + "/" + id + "/evaluation", Map.of("result", result)).statusCode(200);
    return this;
  }
}
