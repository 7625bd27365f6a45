package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConstituentContactRepository
    implements PanacheRepositoryBase<ConstituentContact, UUID> {
  public Optional<ConstituentContact> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** A deputy's contacts, newest first, after the keyset {@code (afterDate, afterId)}. */
  public List<ConstituentContact> page(
      String congressId, UUID deputyId, LocalDate afterDate, UUID afterId, int limit) {
    if (afterDate == null) {
      return find(
              "congressId = ?1 and deputyId = ?2 order by receivedOn desc, id desc",
              congressId,
              deputyId)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and deputyId = ?2 and (receivedOn < ?3 or (receivedOn = ?3 and id < ?4))"
                + " order by receivedOn desc, id desc",
            congressId,
            deputyId,
            afterDate,
            afterId)
        .page(0, limit)
        .list();
  }
}
