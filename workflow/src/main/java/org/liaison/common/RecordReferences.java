package org.liaison.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human references for hearings and meetings, {@code <KIND>-<year>-<seq>} ({@code HRG-2026-0001},
 * {@code MTG-2026-0001}), numbered per coalition, kind and year. The counter row is incremented
 * atomically in the caller's transaction, so concurrent records never share a number and a record
 * that is rolled back gives its number back.
 */
@Component
public class RecordReferences {

  private final JdbcClient jdbc;

  RecordReferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String tenantId, String kind, int year) {
    int seq = jdbc.sql("""
            insert into app.record_reference_counter (tenant_id, kind, year, last_value)
            values (:tenant, :kind, :year, 1)
            on conflict (tenant_id, kind, year) do update set last_value = record_reference_counter.last_value + 1
            returning last_value""")
        .param("tenant", tenantId)
        .param("kind", kind)
        .param("year", year)
        .query(Integer.class)
        .single();
    return String.format("%s-%d-%04d", kind, year, seq);
  }
}
