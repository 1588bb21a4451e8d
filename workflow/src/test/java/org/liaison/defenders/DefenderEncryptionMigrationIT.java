package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.liaison.defenders.internal.V61__EncryptDefenderIdentities;
import org.liaison.keys.KeyVault;
import org.liaison.keys.MasterKeyRing;
import org.liaison.keys.internal.KeyFileMasterKey;
import org.liaison.testing.TestDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade of a database with plain defender identities (V11): V61 encrypts them under new data keys
 * and V62 drops the plain columns, in one Flyway run; what was plain decrypts with the keys.
 */
class DefenderEncryptionMigrationIT {

  @Test
  void plain_identities_of_before_are_encrypted_then_the_plain_columns_dropped() throws Exception {
    TestDatabase db = TestDatabase.create("defender_migration");
    MasterKeyRing masters = new MasterKeyRing(KeyFileMasterKey.generate(
        Files.createTempDirectory("migration-key").resolve("k.json")), List.of());
    Map<String, String> placeholders = Map.of("app_role", TestDatabase.APP_ROLE);
    Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas("app").defaultSchema("app")
        .placeholders(placeholders).target("60").load().migrate();

    UUID id = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password()); Statement st = c.createStatement()) {
      st.execute("insert into app.tenant (id, name, reference_prefix) values ('old-coalition', 'Old coalition', 'OLD')");
      st.execute("insert into app.defender (id, tenant_id, reference, name, location, contact, country, risk_summary, status,"
          + " reported_by, reported_at, updated_at) values ('" + id + "', 'old-coalition', 'OLD-HRD-2025-0001',"
          + " 'Plain Person', 'Plain Place', 'Plain Contact', 'KE', 'Plain risk', 'MONITORING', 'someone', now(), now())");
    }

    Flyway.configure().dataSource(db.url(), db.username(), db.password()).schemas("app").defaultSchema("app")
        .placeholders(placeholders).javaMigrations(new V61__EncryptDefenderIdentities(masters, Clock.systemUTC()))
        .load().migrate();

    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password()); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("select count(*) from information_schema.columns where table_schema = 'app'"
          + " and table_name = 'defender' and column_name in ('name', 'location', 'contact', 'risk_summary')")) {
        rs.next();
        assertThat(rs.getInt(1)).as("plain columns left").isZero();
      }
      try (ResultSet rs = st.executeQuery("select pseudonym, risk_level, status from app.defender")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("OLD-HRD-2025-0001");
        assertThat(rs.getString(2)).isEqualTo("HIGH");
        assertThat(rs.getString(3)).isEqualTo("MONITORING");
      }
    }
    DriverManagerDataSource owner = new DriverManagerDataSource(db.url(), db.username(), db.password());
    JdbcClient jdbc = JdbcClient.create(owner);
    var key = KeyVault.on(jdbc, masters, Clock.systemUTC()).open("old-coalition", id);
    byte[] name = (byte[]) jdbc.sql("select name_ct from app.defender where id = :id").param("id", id).query().singleValue();
    byte[] risk = (byte[]) jdbc.sql("select risk_summary_ct from app.defender where id = :id").param("id", id).query().singleValue();
    assertThat(key.decrypt("name", name)).isEqualTo("Plain Person");
    assertThat(key.decrypt("risk_summary", risk)).isEqualTo("Plain risk");
    assertThat(new String(name, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Plain");
  }
}
