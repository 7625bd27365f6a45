package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.supervision.domain.Appointee;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;

/**
 * The aggregates that the answers of steps link to (rel="up"): whatever a step produced (a hearing,
 * an opinion, a rating …) lives on its topic or appointee, whose ETag the answer carries.
 */
final class Links {
  private Links() {}

  static String of(SupervisionTopic topic) {
    return "/api/v1/supervision-topics/" + topic.id();
  }

  static String of(Appointee appointee) {
    return "/api/v1/appointments/" + appointee.id();
  }
}
