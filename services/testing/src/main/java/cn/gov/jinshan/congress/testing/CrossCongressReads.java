package cn.gov.jinshan.congress.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/**
 * The read rule of several congresses, seen from a town: staff of the district above it with the
 * role cross_congress read it; nobody else does, neither the district's plain staff nor the
 * cross-congress staff of a sibling town, and the town's own cross-congress staff cannot read
 * upwards into the district.
 */
public record CrossCongressReads(String districtId, String townId, String otherTownId) {

  /**
   * One of the town's objects: 200 for the district's cross-congress staff; 404 (it does not exist
   * for them) for the district's plain staff and for the sibling town's cross-congress staff.
   */
  public void assertOnlyTheDistrictReadsItem(String path) {
    get(Tokens.crossCongressStaff(districtId), path).statusCode(200);
    get(Tokens.staff(districtId), path).statusCode(404);
    get(Tokens.crossCongressStaff(otherTownId), path).statusCode(404);
  }

  /**
   * A list asked for the town ({@code congressId}): 200 for the district's cross-congress staff,
   * 403 problem+json for the district's plain staff, 403 for the sibling town's cross-congress
   * staff; and the town's cross-congress staff asking for the district get 403.
   */
  public void assertOnlyTheDistrictListsTheTown(String list) {
    get(Tokens.crossCongressStaff(districtId), list, "congressId", townId).statusCode(200);
    get(Tokens.staff(districtId), list, "congressId", townId)
        .statusCode(403)
        .contentType("application/problem+json");
    get(Tokens.crossCongressStaff(otherTownId), list, "congressId", townId).statusCode(403);
    // a town's cross reader cannot read upwards
    get(Tokens.crossCongressStaff(townId), list, "congressId", districtId).statusCode(403);
  }

  /**
   * The district's figures rolled up with its towns ({@code rollUp=true}) need cross_congress: the
   * district's plain staff get 403.
   */
  public void assertRollUpRefusedToPlainStaff(String statistics) {
    get(Tokens.staff(districtId), statistics, "rollUp", true).statusCode(403);
  }

  private static ValidatableResponse get(String token, String path) {
    return given().auth().oauth2(token).get(path).then();
  }

  private static ValidatableResponse get(
      String token, String path, String parameter, Object value) {
    return given().auth().oauth2(token).queryParam(parameter, value).get(path).then();
  }
}
