package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.Activity;
import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

  /** A deputy's activities, newest first, after the keyset {@code (afterDate, afterId)}. */
  public List<Activity> page(
      String congressId, UUID deputyId, LocalDate afterDate, UUID afterId, int limit) {
    if (afterDate == null) {
      return find(
              "congressId = ?1 and deputyId = ?2 order by occurredOn desc, id desc",
              congressId,
              deputyId)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and deputyId = ?2 and (occurredOn < ?3 or (occurredOn = ?3 and id < ?4))"
                + " order by occurredOn desc, id desc",
            congressId,
            deputyId,
            afterDate,
            afterId)
        .page(0, limit)
        .list();
  }

  /** How many activities of each kind a deputy has in a date range (inclusive). */
  public Map<ActivityKind, Long> countByKind(
      String congressId, UUID deputyId, LocalDate from, LocalDate to) {
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select a.kind, count(a) from Activity a where a.congressId = ?1"
                    + " and a.deputyId = ?2 and a.occurredOn between ?3 and ?4 group by a.kind",
                Object[].class)
            .setParameter(1, congressId)
            .setParameter(2, deputyId)
            .setParameter(3, from)
            .setParameter(4, to)
            .getResultList();
    Map<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);
    for (Object[] row : rows) {
      counts.put((ActivityKind) row[0], (Long) row[1]);
    }
    return counts;
  }
}
