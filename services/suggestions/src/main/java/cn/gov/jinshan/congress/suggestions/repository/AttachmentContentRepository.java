package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.AttachmentContent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AttachmentContentRepository
    implements PanacheRepositoryBase<AttachmentContent, UUID> {}
