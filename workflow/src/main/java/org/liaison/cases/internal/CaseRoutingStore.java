package org.liaison.cases.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.officers.Portfolio;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The portfolios, priorities and officers recorded for a case; every statement names the coalition. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseRoutingStore {

  private final JdbcClient jdbc;

  public void replacePortfolios(String tenantId, UUID caseId, Collection<Portfolio> portfolios) {
    jdbc.sql("delete from app.case_portfolio where tenant_id = ? and case_id = ?").params(tenantId, caseId).update();
    portfolios.forEach(p -> jdbc.sql("insert into app.case_portfolio (tenant_id, case_id, portfolio) values (?, ?, ?)")
        .params(tenantId, caseId, p.name()).update());
  }

  public Set<Portfolio> portfolios(String tenantId, UUID caseId) {
    Set<Portfolio> found = EnumSet.noneOf(Portfolio.class);
    jdbc.sql("select portfolio from app.case_portfolio where tenant_id = ? and case_id = ?").params(tenantId, caseId)
        .query(String.class).list().forEach(p -> found.add(Portfolio.valueOf(p)));
    return found;
  }

  public void replaceAlignment(String tenantId, UUID caseId, Collection<UUID> priorityIds, Collection<UUID> officerIds) {
    jdbc.sql("delete from app.case_priority where tenant_id = ? and case_id = ?").params(tenantId, caseId).update();
    jdbc.sql("delete from app.case_officer where tenant_id = ? and case_id = ?").params(tenantId, caseId).update();
    priorityIds.forEach(id -> jdbc.sql("insert into app.case_priority (tenant_id, case_id, priority_id) values (?, ?, ?)")
        .params(tenantId, caseId, id).update());
    officerIds.forEach(id -> jdbc.sql("insert into app.case_officer (tenant_id, case_id, officer_id) values (?, ?, ?)")
        .params(tenantId, caseId, id).update());
  }

  public List<UUID> priorityIds(String tenantId, UUID caseId) {
    return jdbc.sql("select priority_id from app.case_priority where tenant_id = ? and case_id = ?")
        .params(tenantId, caseId).query(UUID.class).list();
  }

  public List<UUID> officerIds(String tenantId, UUID caseId) {
    return jdbc.sql("select officer_id from app.case_officer where tenant_id = ? and case_id = ? order by officer_id")
        .params(tenantId, caseId).query(UUID.class).list();
  }
}
