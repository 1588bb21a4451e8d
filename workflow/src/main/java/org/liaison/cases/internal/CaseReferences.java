package org.liaison.cases.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out human case references, {@code <PREFIX>-<year>-<seq>}, numbered per coalition and year.
 * The counter row is incremented atomically, so concurrent raises never share a number.
 */
@Component
public class CaseReferences {

  private final JdbcClient jdbc;

  CaseReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String next(String tenantId, String prefix, int year) {
    int seq = jdbc.sql("""
            insert into app.case_reference_counter (tenant_id, year, last_value) values (:tenant, :year, 1)
            on conflict (tenant_id, year) do update set last_value = case_reference_counter.last_value + 1
            returning last_value""")
        .param("tenant", tenantId)
        .param("year", year)
        .query(Integer.class)
        .single();
    return String.format("%s-%d-%04d", prefix, year, seq);
  }
}
