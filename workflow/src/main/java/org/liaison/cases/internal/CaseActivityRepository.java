package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface CaseActivityRepository extends Repository<CaseActivityEntity, Long> {

  CaseActivityEntity save(CaseActivityEntity entity);

  List<CaseActivityEntity> findByTenantIdAndCaseIdOrderByOccurredAtAscIdAsc(String tenantId, UUID caseId);
}
