package cn.gov.jinshan.congress.testing;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** The answers a caller of one congress must get when aiming at another congress's data. */
public final class ForeignCongressAnswers {
  private ForeignCongressAnswers() {}

  /** 404 problem+json: the other congress's object does not exist for this caller. */
  public static void absent(Response response) {
    response.then().statusCode(404).contentType("application/problem+json");
  }

  /** 403 problem+json. */
  public static void refused(Response response) {
    response.then().statusCode(403).contentType("application/problem+json");
  }

  /** The caller's own list (first 100) answers 200 and holds none of {@code ids}. */
  public static void notListed(RequestSpecification as, String list, UUID... ids) {
    var items = as.queryParam("limit", 100).get(list).then().statusCode(200);
    for (UUID id : ids) {
      items.body("items.id", not(hasItem(String.valueOf(id))));
    }
  }

  /** Asking a list for another congress ({@code congressId}) is refused: 403 problem+json. */
  public static void otherCongressRefused(RequestSpecification as, String list, String other) {
    as.queryParam("congressId", other)
        .get(list)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
