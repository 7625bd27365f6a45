package cn.gov.jinshan.congress.platform.http;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creating POSTs. The key row is inserted first, in the same
 * transaction as the creation: a concurrent retry waits on it and then replays the stored response;
 * a failed creation rolls the key back with it, so the retry runs again. The same key with a
 * different body is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

  private final EntityManager entityManager;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  public IdempotentRequests(
      EntityManager entityManager, CurrentUser currentUser, ObjectMapper json) {
    this.entityManager = entityManager;
    this.currentUser = currentUser;
    this.json = json;
  }

  /**
   * Runs {@code create} once per key and caller.
   *
   * @param key the request's Idempotency-Key header, may be null (then it simply runs)
   * @param request the request body, compared by hash with the first use of the key
   */
  @Transactional
  public Response create(String key, Object request, Supplier<Response> create) {
    if (key == null) {
      return create.get();
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw ProblemException.badRequest("idempotency-key.invalid");
    }
    String principal = currentUser.subject();
    String hash = hash(request);
    int claimed =
        entityManager
            .createNativeQuery(
                "INSERT INTO idempotency_record"
                    + " (principal, idempotency_key, congress_id, request_hash, status)"
                    + " VALUES (?1, ?2, ?3, ?4, 0) ON CONFLICT DO NOTHING")
            .setParameter(1, principal)
            .setParameter(2, key)
            .setParameter(3, currentUser.congressId())
            .setParameter(4, hash)
            .executeUpdate();
    if (claimed == 0) {
      return replay(principal, key, hash);
    }
    Response response = create.get();
    entityManager
        .createNativeQuery(
            "UPDATE idempotency_record SET status = ?1, location = ?2, etag = ?3, body = ?4"
                + " WHERE principal = ?5 AND idempotency_key = ?6")
        .setParameter(1, response.getStatus())
        .setParameter(2, response.getLocation() == null ? null : local(response.getLocation()))
        .setParameter(
            3, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
        .setParameter(4, toJson(response.getEntity()))
        .setParameter(5, principal)
        .setParameter(6, key)
        .executeUpdate();
    return response;
  }

  private Response replay(String principal, String key, String hash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT request_hash, status, location, etag, body FROM idempotency_record"
                    + " WHERE principal = ?1 AND idempotency_key = ?2")
            .setParameter(1, principal)
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    if (!hash.equals(row[0])) {
      throw new ProblemException(ProblemKind.IDEMPOTENCY_KEY_REUSED, "idempotency-key.reused");
    }
    Response.ResponseBuilder replay =
        Response.status((Integer) row[1]).header(REPLAYED_HEADER, "true");
    if (row[2] != null) {
      // resolved against the address of this request, which may differ from the first one's
      replay.location(URI.create(local(URI.create((String) row[2]))));
    }
    if (row[3] != null) {
      replay.tag(new EntityTag((String) row[3]));
    }
    if (row[4] != null) {
      replay.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return replay.build();
  }

  /**
   * The path (and query) of a Location without scheme and host: a replay answers with the address
   * the retrying client used (the gateway's), whatever the first request came through.
   */
  static String local(URI location) {
    String path = location.getRawPath() == null ? "/" : location.getRawPath();
    return location.getRawQuery() == null ? path : path + "?" + location.getRawQuery();
  }

  private String hash(Object request) {
    return requestHash(json, request);
  }

  /**
   * The SHA-256 of the request as JSON with map entries ordered by key: a map's iteration order may
   * differ from one JVM to the next (Map.of is randomised), and a retry that reaches another
   * instance, or the same one after a restart, must hash the same.
   */
  static String requestHash(ObjectMapper json, Object request) {
    try {
      String canonical =
          json.writer()
              .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsString(request);
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot hash the request", e);
    }
  }

  private String toJson(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write response as JSON", e);
    }
  }
}
