package org.liaison.officers.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.processes.RelationshipCadenceProcess;
import org.liaison.records.RecordLifecycle;
import org.liaison.records.RecordTitle;
import org.liaison.records.RecordTitles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an officer's {@code relationship-cadence} lifecycle is to the record kernel: it runs for the
 * officer id, so its tasks lead to the officer's page and are named after the officer; the officer is not
 * numbered and has no status the model keeps (its reach-out task has a form of its own).
 */
@Configuration(proxyBeanMethods = false)
class CadenceLifecycle {

  @Bean
  RecordLifecycle relationshipCadenceLifecycle(JdbcClient jdbc) {
    return RecordLifecycle.of(RelationshipCadenceProcess.KEY, "officers")
        .titled(RecordTitles.byBusinessKey((tenantId, keys) -> officerTitles(jdbc, tenantId, keys)));
  }

  /** "Keep in touch with Jane Doe, Nairobi", by officer id; one query for a page of tasks. */
  private static Map<String, RecordTitle> officerTitles(JdbcClient jdbc, String tenantId, Set<String> keys) {
    Set<UUID> ids = keys.stream().map(CadenceLifecycle::uuid).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("""
            select o.id, o.name, e.city from app.officer o
              left join app.embassy e on e.tenant_id = o.tenant_id and e.id = o.embassy_id
             where o.tenant_id = :t and o.id in (:ids)""")
        .param("t", tenantId).param("ids", ids)
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class).toString(), rs.getString(3) == null
            ? RecordTitle.of("title.cadence", rs.getString(2))
            : RecordTitle.of("title.cadenceAt", rs.getString(2), rs.getString(3))))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static UUID uuid(String key) {
    try {
      return UUID.fromString(key);
    } catch (IllegalArgumentException notAnOfficer) {
      return null;
    }
  }
}
