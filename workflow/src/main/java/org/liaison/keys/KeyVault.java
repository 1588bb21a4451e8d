package org.liaison.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key tables of one database connection: a coalition key per coalition (an AES-256-GCM keyset
 * wrapped by the master key) and a data key per protected record (an AES-256-GCM keyset wrapped by its
 * coalition's key). Every method works inside the caller's transaction, which must be bound to the
 * coalition given (row-level security). The application uses it through {@link Keys}; a database
 * migration that encrypts old rows builds one on its own connection with {@link #on}.
 */
public final class KeyVault {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final JdbcClient jdbc;
  private final MasterKeyRing masters;
  private final Clock clock;

  private KeyVault(JdbcClient jdbc, MasterKeyRing masters, Clock clock) {
    this.jdbc = jdbc;
    this.masters = masters;
    this.clock = clock;
  }

  public static KeyVault on(JdbcClient jdbc, MasterKeyRing masters, Clock clock) {
    return new KeyVault(jdbc, masters, clock);
  }

  /** A new data key for {@code recordId}, stored wrapped; the coalition's key is created on first use. */
  public DataKey create(String tenantId, UUID recordId) {
    CoalitionKey coalition = currentCoalitionKey(tenantId);
    try {
      KeysetHandle data = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
      byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(data, coalition.aead(),
          dataKeyBinding(tenantId, recordId));
      jdbc.sql("""
              insert into app.data_key (tenant_id, record_id, coalition_key_version, wrapped_keyset, created_at)
              values (:t, :r, :v, :k, :now)""")
          .param("t", tenantId).param("r", recordId).param("v", coalition.version()).param("k", wrapped)
          .param("now", Timestamp.from(clock.instant())).update();
      return new DataKey(tenantId, recordId, data.getPrimitive(Aead.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not create a data key", e);
    }
  }

  /**
   * The data key of {@code recordId}.
   *
   * @throws UndecryptableException when the record has no key (erased) or its key does not unwrap
   */
  public DataKey open(String tenantId, UUID recordId) {
    record Stored(int version, byte[] wrapped) {}
    Stored stored = jdbc.sql("""
            select coalition_key_version, wrapped_keyset from app.data_key where tenant_id = :t and record_id = :r""")
        .param("t", tenantId).param("r", recordId)
        .query((rs, n) -> new Stored(rs.getInt(1), rs.getBytes(2))).optional()
        .orElseThrow(() -> new UndecryptableException("Record " + recordId + " has no key any more: it was erased"));
    Aead coalition = coalitionKey(tenantId, stored.version())
        .orElseThrow(() -> new UndecryptableException("The coalition key that wrapped the key of record " + recordId
            + " is gone (rotated away): the record does not decrypt"))
        .aead();
    try {
      KeysetHandle data = TinkProtoKeysetFormat.parseEncryptedKeyset(stored.wrapped(), coalition,
          dataKeyBinding(tenantId, recordId));
      return new DataKey(tenantId, recordId, data.getPrimitive(Aead.class));
    } catch (GeneralSecurityException e) {
      throw new UndecryptableException("The key of record " + recordId + " does not unwrap in coalition " + tenantId
          + ": it was not made for this record and coalition (copied or altered)", e);
    }
  }

  /** Destroys the data key of {@code recordId}: what it encrypted never decrypts again. Returns whether there was one. */
  public boolean destroy(String tenantId, UUID recordId) {
    return jdbc.sql("delete from app.data_key where tenant_id = :t and record_id = :r")
        .param("t", tenantId).param("r", recordId).update() == 1;
  }

  /**
   * Replaces the coalition's key: a new version wraps every data key of the coalition again, then the
   * old versions are deleted, so their key material is gone from the database. Returns how many data
   * keys were re-wrapped.
   *
   * @throws UndecryptableException before anything is written, when a data key does not unwrap
   */
  public int rotateCoalitionKey(String tenantId) {
    lock(tenantId, true);
    record Stored(UUID record, int version, byte[] wrapped) {}
    List<Stored> keys = jdbc.sql("select record_id, coalition_key_version, wrapped_keyset from app.data_key where tenant_id = :t")
        .param("t", tenantId).query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBytes(3))).list();
    // every data key unwrapped first: one that does not stops the rotation before anything is written
    java.util.Map<UUID, KeysetHandle> unwrapped = new java.util.LinkedHashMap<>();
    java.util.Map<Integer, Aead> old = new java.util.HashMap<>();
    for (Stored key : keys) {
      Aead wrapping = old.computeIfAbsent(key.version(), v -> coalitionKey(tenantId, v).orElseThrow().aead());
      try {
        unwrapped.put(key.record(), TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), wrapping,
            dataKeyBinding(tenantId, key.record())));
      } catch (GeneralSecurityException e) {
        throw new UndecryptableException("The key of record " + key.record() + " does not unwrap; the key of coalition "
            + tenantId + " was not rotated, nothing changed", e);
      }
    }
    int previous = jdbc.sql("select coalesce(max(version), 0) from app.coalition_key where tenant_id = :t")
        .param("t", tenantId).query(Integer.class).single();
    CoalitionKey next = newCoalitionKey(tenantId, previous + 1);
    for (var key : unwrapped.entrySet()) {
      try {
        byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(key.getValue(), next.aead(),
            dataKeyBinding(tenantId, key.getKey()));
        jdbc.sql("update app.data_key set coalition_key_version = :v, wrapped_keyset = :k where tenant_id = :t and record_id = :r")
            .param("v", next.version()).param("k", rewrapped).param("t", tenantId).param("r", key.getKey()).update();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Could not re-wrap a data key", e);
      }
    }
    jdbc.sql("delete from app.coalition_key where tenant_id = :t and version < :v")
        .param("t", tenantId).param("v", next.version()).update();
    return keys.size();
  }

  /**
   * Wraps the coalition's keys with the current master key where an older (retired) master key wrapped
   * them. Returns how many were re-wrapped; once every coalition reports 0, the retired master key can go.
   */
  public int rewrapCoalitionKeys(String tenantId) {
    lock(tenantId, true);
    String current = masters.current().id();
    record Stored(int version, String master, byte[] wrapped) {}
    List<Stored> stale = jdbc.sql("""
            select version, master_key_id, wrapped_keyset from app.coalition_key
             where tenant_id = :t and master_key_id <> :m""")
        .param("t", tenantId).param("m", current)
        .query((rs, n) -> new Stored(rs.getInt(1), rs.getString(2), rs.getBytes(3))).list();
    for (Stored key : stale) {
      KeysetHandle handle = unwrapCoalitionKey(tenantId, key.version(), key.master(), key.wrapped());
      try {
        byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, masters.current().aead(),
            coalitionKeyBinding(tenantId, key.version()));
        jdbc.sql("update app.coalition_key set master_key_id = :m, wrapped_keyset = :k where tenant_id = :t and version = :v")
            .param("m", current).param("k", rewrapped).param("t", tenantId).param("v", key.version()).update();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Could not re-wrap a coalition key", e);
      }
    }
    return stale.size();
  }

  private record CoalitionKey(int version, Aead aead) {}

  private CoalitionKey currentCoalitionKey(String tenantId) {
    if (latestVersion(tenantId) == null) {
      lock(tenantId, true); // the coalition's first key is made once, even by two first records at the same moment
      if (latestVersion(tenantId) == null) {
        return newCoalitionKey(tenantId, 1);
      }
    }
    lock(tenantId, false); // no rotation deletes the version read here before this transaction ends
    return coalitionKey(tenantId, latestVersion(tenantId)).orElseThrow();
  }

  private Integer latestVersion(String tenantId) {
    return jdbc.sql("select max(version) from app.coalition_key where tenant_id = :t")
        .param("t", tenantId).query(Integer.class).optional().orElse(null);
  }

  private java.util.Optional<CoalitionKey> coalitionKey(String tenantId, int version) {
    record Stored(String master, byte[] wrapped) {}
    return jdbc.sql("select master_key_id, wrapped_keyset from app.coalition_key where tenant_id = :t and version = :v")
        .param("t", tenantId).param("v", version)
        .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2))).optional()
        .map(s -> {
          try {
            return new CoalitionKey(version, unwrapCoalitionKey(tenantId, version, s.master(), s.wrapped())
                .getPrimitive(Aead.class));
          } catch (GeneralSecurityException e) {
            throw new UndecryptableException("The key of coalition " + tenantId + " does not work", e);
          }
        });
  }

  private KeysetHandle unwrapCoalitionKey(String tenantId, int version, String masterId, byte[] wrapped) {
    MasterKey master = masters.byId(masterId).orElseThrow(() -> new UndecryptableException("The key of coalition "
        + tenantId + " is wrapped by master key " + masterId + ", which is not configured (LIAISON_MASTER_KEY, "
        + "liaison.keys.master-key-file or liaison.keys.retired-master-key-files)"));
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(), coalitionKeyBinding(tenantId, version));
    } catch (GeneralSecurityException e) {
      throw new UndecryptableException("The key of coalition " + tenantId + " does not unwrap with master key "
          + masterId + " (copied from another coalition, or altered)", e);
    }
  }

  private CoalitionKey newCoalitionKey(String tenantId, int version) {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM"));
      MasterKey master = masters.current();
      byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master.aead(),
          coalitionKeyBinding(tenantId, version));
      jdbc.sql("""
              insert into app.coalition_key (tenant_id, version, master_key_id, wrapped_keyset, created_at)
              values (:t, :v, :m, :k, :now)""")
          .param("t", tenantId).param("v", version).param("m", master.id()).param("k", wrapped)
          .param("now", Timestamp.from(clock.instant())).update();
      return new CoalitionKey(version, handle.getPrimitive(Aead.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not create a coalition key", e);
    }
  }

  /** Serialises key changes of one coalition: creating data keys shares the lock, rotations take it alone. */
  private void lock(String tenantId, boolean exclusive) {
    jdbc.sql("select " + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
            + "(hashtextextended('liaison.coalition-key:' || :t, 0))")
        .param("t", tenantId).query().singleRow();
  }

  private static byte[] coalitionKeyBinding(String tenantId, int version) {
    return ("liaison/coalition-key/v1|" + tenantId + "|" + version).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] dataKeyBinding(String tenantId, UUID recordId) {
    return ("liaison/data-key/v1|" + tenantId + "|" + recordId).getBytes(StandardCharsets.UTF_8);
  }
}
