package org.liaison.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Every finder takes the tenant id: there is no way to read a case without naming its coalition. */
public interface CaseRepository extends Repository<CaseEntity, UUID> {

  CaseEntity save(CaseEntity entity);

  /** Saves now, so a concurrent save shows as an optimistic locking failure here, not at commit. */
  CaseEntity saveAndFlush(CaseEntity entity);

  Optional<CaseEntity> findByTenantIdAndReference(String tenantId, String reference);

  Optional<CaseEntity> findByTenantIdAndId(String tenantId, UUID id);

  List<CaseEntity> findTop200ByTenantIdOrderByCreatedAtDesc(String tenantId);

  List<CaseEntity> findByTenantIdAndReferenceIn(String tenantId, List<String> references);

  /** References of cases whose reference or title contains the text (a LIKE pattern, lower case), bounded. */
  @org.springframework.data.jpa.repository.Query("""
      select c.reference from CaseEntity c where c.tenantId = :tenantId
         and (lower(c.reference) like :pattern escape '\\' or lower(c.title) like :pattern escape '\\')
       order by c.reference""")
  List<String> referencesLike(@org.springframework.data.repository.query.Param("tenantId") String tenantId,
      @org.springframework.data.repository.query.Param("pattern") String pattern,
      org.springframework.data.domain.Limit limit);
}
