package org.liaison.outreach.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface OutreachRepository extends Repository<OutreachEntity, UUID> {

  OutreachEntity save(OutreachEntity entity);

  Optional<OutreachEntity> findByTenantIdAndCaseId(String tenantId, UUID caseId);
}
