package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.domain.QuietHours;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The preferences people stored; a person without a row has the configured defaults. */
@ApplicationScoped
public class PreferenceRepository {
  private static final TypeReference<Set<Channel>> CHANNELS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Set<Channel>>> KIND_CHANNELS =
      new TypeReference<>() {};

  private final EntityManager entityManager;
  private final ObjectMapper json;

  public PreferenceRepository(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  public Optional<Preferences> find(String recipient, String congressId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT CAST(default_channels AS text), CAST(kind_channels AS text),"
                    + " daily_digest, quiet_from, quiet_until, version"
                    + " FROM notification_preference WHERE recipient = ?1 AND congress_id = ?2")
            .setParameter(1, recipient)
            .setParameter(2, congressId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    LocalTime from = time(r[3]);
    LocalTime until = time(r[4]);
    return Optional.of(
        new Preferences(
            read((String) r[0], CHANNELS),
            read((String) r[1], KIND_CHANNELS),
            (Boolean) r[2],
            from == null || until == null ? null : new QuietHours(from, until),
            ((Number) r[5]).longValue()));
  }

  /**
   * Stores the preferences as the next version of those the caller read ({@code readVersion}, 0
   * when nothing was stored).
   *
   * @return false when someone stored another version in between
   */
  public boolean save(
      String recipient, String congressId, Preferences p, long readVersion, Instant now) {
    QuietHours quiet = p.quietHours();
    String sql =
        readVersion == 0
            ? "INSERT INTO notification_preference (recipient, congress_id, default_channels,"
                + " kind_channels, daily_digest, quiet_from, quiet_until, version, updated_at)"
                + " VALUES (?1, ?2, CAST(?3 AS jsonb), CAST(?4 AS jsonb), ?5, CAST(?6 AS time),"
                + " CAST(?7 AS time), 1, ?8) ON CONFLICT (recipient, congress_id) DO NOTHING"
            : "UPDATE notification_preference SET default_channels = CAST(?3 AS jsonb),"
                + " kind_channels = CAST(?4 AS jsonb), daily_digest = ?5,"
                + " quiet_from = CAST(?6 AS time), quiet_until = CAST(?7 AS time),"
                + " version = version + 1, updated_at = ?8"
                + " WHERE recipient = ?1 AND congress_id = ?2 AND version = ?9";
    var query =
        entityManager
            .createNativeQuery(sql)
            .setParameter(1, recipient)
            .setParameter(2, congressId)
            .setParameter(3, write(p.defaultChannels()))
            .setParameter(4, write(p.kindChannels()))
            .setParameter(5, p.dailyDigest())
            .setParameter(6, quiet == null ? null : quiet.from().toString())
            .setParameter(7, quiet == null ? null : quiet.until().toString())
            .setParameter(8, now);
    if (readVersion != 0) {
      query.setParameter(9, readVersion);
    }
    return query.executeUpdate() == 1;
  }

  private static LocalTime time(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored preferences are not readable", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("preferences cannot be written as JSON", e);
    }
  }
}
