package org.liaison.defenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.liaison.keys.KeyVault;
import org.liaison.keys.MasterKey;
import org.liaison.keys.MasterKeyRing;
import org.liaison.keys.UndecryptableException;
import org.liaison.keys.internal.KeyFileMasterKey;
import org.liaison.tenancy.Actor;
import org.liaison.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Erasure against real backups: {@code pg_dump} of the whole database, erase a defender, restore the
 * dump into a fresh database and open the records there with the keys of that moment. What holds and
 * what does not, as README says: a dump taken after the erasure never decrypts the erased record and
 * still decrypts the others; a dump taken <em>before</em> it holds the record's key wrapped by the
 * coalition key of that time, so with the same master key it still decrypts (the whole-backup caveat);
 * once the master key is rotated and the old one destroyed, that earlier dump decrypts nothing at all,
 * while the live database reads every record that was not erased.
 */
class ErasureBackupIT extends DatabaseIT {

  @Autowired DefenderService defenders;
  @Autowired Accounts accounts;
  @Autowired MasterKeyRing masters;
  @Autowired Clock clock;

  @Test
  void a_dump_restored_after_erasure_does_not_decrypt_the_erased_record_and_earlier_dumps_die_with_the_master_key()
      throws Exception {
    DefenderFixture.focalPoint(accounts, memberships, coalitions.a.id(), "sec-backup");
    Actor focalPoint = memberships.actorFor("sec-backup", coalitions.a.id());
    String tenant = coalitions.a.id();
    Defender erased = as(focalPoint, () -> defenders.report(new NewDefender("Crane", "UG", RiskLevel.HIGH,
        "Erased Person", "Gulu", "+256 700 000 001", "Followed after the hearing")));
    Defender kept = as(focalPoint, () -> defenders.report(new NewDefender("Stork", "UG", RiskLevel.MEDIUM,
        "Kept Person", "Lira", "+256 700 000 002", "Threatened by phone")));

    String before = database().dump();
    assertThat(before).as("a whole dump: Liaison's tables and the engine's").contains("CREATE TABLE app.data_key")
        .containsIgnoringCase("CREATE TABLE public.act_ru_execution");
    as(focalPoint, () -> defenders.erase(erased.reference()));
    String after = database().dump();

    // the dump taken after the erasure, restored with the same keys: the erased record is gone for good
    TestDatabase restoredAfter = restored(after);
    assertThatThrownBy(() -> name(restoredAfter, masters, tenant, erased.id()))
        .isInstanceOf(UndecryptableException.class)
        .hasMessage("Record " + erased.id() + " has no key any more: it was erased");
    assertThat(name(restoredAfter, masters, tenant, kept.id())).isEqualTo("Kept Person");

    // the dump taken before, restored with the same master key: the erased record's key comes back with it
    TestDatabase restoredBefore = restored(before);
    assertThat(name(restoredBefore, masters, tenant, erased.id()))
        .as("the whole-backup caveat: a backup from before the erasure, with the master key of that time")
        .isEqualTo("Erased Person");

    // the master key rotated (every coalition key re-wrapped) and the old one destroyed
    MasterKey next = KeyFileMasterKey.generate(Files.createTempDirectory("next-master").resolve("k.json"));
    KeyVault.on(owner(database()), new MasterKeyRing(next, List.of(masters.current())), clock).rewrapCoalitionKeys(tenant);
    MasterKeyRing onlyNext = new MasterKeyRing(next, List.of());
    assertThat(name(database(), onlyNext, tenant, kept.id())).as("the live database, new master key only")
        .isEqualTo("Kept Person");
    assertThatThrownBy(() -> name(database(), onlyNext, tenant, erased.id())).isInstanceOf(UndecryptableException.class);
    for (UUID record : List.of(erased.id(), kept.id())) {
      assertThatThrownBy(() -> name(restoredBefore, onlyNext, tenant, record))
          .as("the earlier dump, with the keys there are now: nothing in it decrypts")
          .isInstanceOf(UndecryptableException.class)
          .hasMessageContaining("which is not configured");
    }
  }

  private static TestDatabase restored(String dump) {
    TestDatabase fresh = TestDatabase.create("restore");
    fresh.restore(dump);
    return fresh;
  }

  /** The record's name as whoever holds {@code db} and the master keys {@code ring} reads it. */
  private String name(TestDatabase db, MasterKeyRing ring, String tenant, UUID record) {
    JdbcClient jdbc = owner(db);
    byte[] ciphertext = jdbc.sql("select name_ct from app.defender where id = :id").param("id", record)
        .query((rs, n) -> rs.getBytes(1)).list().get(0);
    return KeyVault.on(jdbc, ring, clock).open(tenant, record).decrypt("name", ciphertext);
  }

  private static JdbcClient owner(TestDatabase db) {
    return JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
  }
}
