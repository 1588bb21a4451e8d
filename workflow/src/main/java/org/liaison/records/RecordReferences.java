package org.liaison.records;

import java.time.Clock;
import java.time.ZoneOffset;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human references for every numbered kind of record, {@code <prefix>-<year>-<seq>}
 * ({@code PFC-2026-0042}, {@code HRG-2026-0001}), numbered per coalition, kind and year in the
 * lifecycle's {@link ReferenceKind}. The counter row is incremented atomically in the caller's
 * transaction, so concurrent records never share a number and a record that is rolled back gives
 * its number back. Cases count under {@code CASE} (their counters moved there from their own table in V12).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordReferences {

  private final JdbcClient jdbc;
  private final RecordLifecycles lifecycles;
  private final Clock clock;

  /** The next reference of the record kind whose lifecycle is {@code processKey}, in this year (UTC). */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String tenantId, String processKey) {
    ReferenceKind kind = lifecycles.require(processKey).references();
    if (kind == null) {
      throw new IllegalStateException("The lifecycle " + processKey + " declares no reference kind");
    }
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    int seq = jdbc.sql("""
            insert into app.record_reference_counter (tenant_id, kind, year, last_value)
            values (:tenant, :kind, :year, 1)
            on conflict (tenant_id, kind, year) do update set last_value = record_reference_counter.last_value + 1
            returning last_value""")
        .param("tenant", tenantId)
        .param("kind", kind.counter())
        .param("year", year)
        .query(Integer.class)
        .single();
    String prefix = !kind.coalitionPrefix() ? kind.counter()
        : jdbc.sql("select reference_prefix from app.tenant where id = :tenant").param("tenant", tenantId)
            .query(String.class).optional().orElseThrow(() -> new NotFoundException("Coalition " + tenantId));
    return String.format("%s-%d-%04d", prefix, year, seq);
  }
}
