package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.supervision.domain.Appointee;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import jakarta.ws.rs.core.Response;

/**
 * Answers to the steps on a topic or an appointee: whatever the step produced (a hearing, an
 * opinion, a rating …) in the body, and the aggregate's ETag and a link to it in the headers, so
 * that the next step (If-Match) needs no second read.
 */
final class Answers {
  static final String TOPICS = "/api/v1/supervision-topics/";
  static final String APPOINTMENTS = "/api/v1/appointments/";

  private Answers() {}

  static Response ofTopic(Response.Status status, Object entity, SupervisionTopic topic) {
    return Response.status(status)
        .entity(entity)
        .tag(Etags.of(topic.version()))
        .header("Link", "<" + TOPICS + topic.id() + ">; rel=\"up\"")
        .build();
  }

  static Response ofAppointee(Response.Status status, Object entity, Appointee appointee) {
    return Response.status(status)
        .entity(entity)
        .tag(Etags.of(appointee.version()))
        .header("Link", "<" + APPOINTMENTS + appointee.id() + ">; rel=\"up\"")
        .build();
  }
}
