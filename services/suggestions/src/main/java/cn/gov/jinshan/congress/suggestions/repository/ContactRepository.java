package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.Contact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
  public List<Contact> ofSuggestion(UUID suggestionId) {
    return list("suggestionId = ?1 order by contactedOn, createdAt", suggestionId);
  }

  public boolean hasContactBy(UUID suggestionId, String departmentId) {
    return count("suggestionId = ?1 and departmentId = ?2", suggestionId, departmentId) > 0;
  }
}
