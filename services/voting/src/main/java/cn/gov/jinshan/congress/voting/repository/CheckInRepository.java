package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.query.CheckInRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Check-ins (出席) of deputies at a round's session. */
@ApplicationScoped
public class CheckInRepository {
  private final EntityManager em;

  public CheckInRepository(EntityManager em) {
    this.em = em;
  }

  /** Records a check-in; false when the deputy was already checked in. */
  public boolean insert(
      String congressId, UUID roundId, UUID deputyId, Instant at, String by, boolean byStaff) {
    return em.createNativeQuery(
                "INSERT INTO check_in (congress_id, round_id, deputy_id, checked_in_at,"
                    + " checked_in_by, by_staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .setParameter(3, deputyId)
            .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .setParameter(5, by)
            .setParameter(6, byStaff)
            .executeUpdate()
        == 1;
  }

  public int count(String congressId, UUID roundId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM check_in WHERE congress_id = ?1 AND round_id = ?2")
                .setParameter(1, congressId)
                .setParameter(2, roundId)
                .getSingleResult())
        .intValue();
  }

  /** Check-ins ordered by deputy id, after the keyset when given. */
  public List<CheckInRow> page(String congressId, UUID roundId, UUID afterDeputy, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.deputy_id, d.name, c.checked_in_at, c.by_staff FROM check_in c"
                    + " LEFT JOIN deputy_copy d ON d.id = c.deputy_id"
                    + " WHERE c.congress_id = ?1 AND c.round_id = ?2 AND c.deputy_id > ?3"
                    + " ORDER BY c.deputy_id LIMIT ?4")
            .setParameter(1, congressId)
            .setParameter(2, roundId)
            .setParameter(3, afterDeputy == null ? new UUID(0, 0) : afterDeputy)
            .setParameter(4, limit)
            .getResultList();
    return rows.stream()
        .map(r -> new CheckInRow((UUID) r[0], (String) r[1], toInstant(r[2]), (Boolean) r[3]))
        .toList();
  }

  static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected time type " + value.getClass());
  }
}
