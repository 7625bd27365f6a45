package cn.gov.jinshan.congress.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like the realm's (roles in realm_access, congress/deputy/department
 * claims, audience congress-api), issued by the in-process OIDC test server's key.
 */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "congress-api";

  private Tokens() {}

  public static String staff(String congressId) {
    return token("staff-" + congressId, congressId, Map.of(), "staff");
  }

  public static String admin(String congressId) {
    return token("admin-" + congressId, congressId, Map.of(), "admin");
  }

  public static String deputy(String congressId, UUID deputyId) {
    return token(
        "user-" + deputyId, congressId, Map.of("deputy_id", deputyId.toString()), "deputy");
  }

  public static String department(String congressId, String departmentId) {
    return token(
        "dept-" + departmentId, congressId, Map.of("department_id", departmentId), "department");
  }

  /**
   * Staff of a congress who also read (never write) the congresses below it: the role
   * cross_congress.
   */
  public static String crossCongressStaff(String congressId) {
    return token("cross-" + congressId, congressId, Map.of(), "staff", "cross_congress");
  }

  public static String withRoles(String congressId, String... roles) {
    return token("user-" + UUID.randomUUID(), congressId, Map.of(), roles);
  }

  public static String token(
      String subject, String congressId, Map<String, String> claims, String... roles) {
    var builder =
        Jwt.issuer(ISSUER)
            .subject(subject)
            .audience(AUDIENCE)
            .preferredUserName(subject)
            .claim("realm_access", Map.of("roles", List.of(roles)))
            .claim("congress_id", congressId);
    claims.forEach(builder::claim);
    return builder.sign();
  }

  /** A token whose audience is not ours; the service must refuse it. */
  public static String wrongAudience(String congressId) {
    return Jwt.issuer(ISSUER)
        .subject("intruder")
        .audience("another-api")
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .claim("congress_id", congressId)
        .sign();
  }

  /** A staff token of the congress that expires at this epoch second. */
  public static String staffExpiringAt(String congressId, long expiresAtSecond) {
    return Jwt.issuer(ISSUER)
        .subject("staff-" + congressId)
        .audience(AUDIENCE)
        .expiresAt(expiresAtSecond)
        .claim("realm_access", Map.of("roles", List.of("staff")))
        .claim("congress_id", congressId)
        .sign();
  }

  /** A token that expired an hour ago. */
  public static String expired(String congressId) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.issuer(ISSUER)
        .subject("late")
        .audience(AUDIENCE)
        .issuedAt(now - 7200)
        .expiresAt(now - 3600)
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .claim("congress_id", congressId)
        .sign();
  }
}
