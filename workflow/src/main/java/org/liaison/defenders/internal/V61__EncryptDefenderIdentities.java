package org.liaison.defenders.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.liaison.keys.DataKey;
import org.liaison.keys.KeyVault;
import org.liaison.keys.MasterKeyRing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Encrypts the defenders written before V60 (name, location, contact, risk summary) with a new data
 * key each, gives them the pseudonym their reference and the risk level HIGH (the assessment had found
 * them at risk), in Flyway's transaction, before V62 drops the plain columns: the application never
 * sees a half-encrypted table. A Flyway Java migration rather than a start-up job, because it needs the
 * master key (a bean) and must run between two SQL migrations. It binds each coalition in turn, so
 * row-level security holds even for an owner that is not a superuser.
 */
@Component
public class V61__EncryptDefenderIdentities extends BaseJavaMigration {

  private final MasterKeyRing masters;
  private final Clock clock;

  public V61__EncryptDefenderIdentities(MasterKeyRing masters, Clock clock) {
    this.masters = masters;
    this.clock = clock;
  }

  @Override
  public void migrate(Context context) {
    JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
    KeyVault vault = KeyVault.on(jdbc, masters, clock);
    record Plain(UUID id, String reference, String name, String location, String contact, String risk) {
      @Override
      public String toString() {
        return "PlainDefenderRow[" + reference + ", hidden]"; // a failed migration's message never shows who
      }
    }
    for (String tenant : jdbc.sql("select id from app.tenant order by id").query(String.class).list()) {
      jdbc.sql("select set_config('app.tenant_id', :t, true)").param("t", tenant).query().singleRow();
      List<Plain> rows = jdbc.sql("""
              select id, reference, name, location, contact, risk_summary from app.defender
               where tenant_id = :t and name_ct is null""")
          .param("t", tenant)
          .query((rs, n) -> new Plain(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6)))
          .list();
      for (Plain row : rows) {
        DataKey key = vault.create(tenant, row.id());
        jdbc.sql("""
                update app.defender set name_ct = :n, location_ct = :l, contact_ct = :c, risk_summary_ct = :r,
                       pseudonym = coalesce(pseudonym, reference), risk_level = coalesce(risk_level, 'HIGH'),
                       name = null, location = null, contact = null, risk_summary = null
                 where tenant_id = :t and id = :id""")
            .param("n", key.encrypt(DefenderFields.NAME, row.name()))
            .param("l", key.encrypt(DefenderFields.LOCATION, row.location()))
            .param("c", key.encrypt(DefenderFields.CONTACT, row.contact()))
            .param("r", key.encrypt(DefenderFields.RISK_SUMMARY, row.risk()))
            .param("t", tenant).param("id", row.id())
            .update();
      }
    }
    jdbc.sql("select set_config('app.tenant_id', '', true)").query().singleRow();
  }
}
