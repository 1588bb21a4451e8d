package org.liaison.keys;

import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's key vault: the features that protect records ask it for a record's data key
 * inside their own transaction (bound to the coalition by row-level security); operators rotate
 * keys through it. The caller decides who may read what.
 */
@Service
public class Keys {

  private final KeyVault vault;

  Keys(JdbcClient jdbc, MasterKeyRing masters, Clock clock) {
    this.vault = KeyVault.on(jdbc, masters, clock);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public DataKey create(String tenantId, UUID recordId) {
    return vault.create(tenantId, recordId);
  }

  /** @throws UndecryptableException when the record's key was erased or does not unwrap */
  @Transactional(propagation = Propagation.MANDATORY)
  public DataKey open(String tenantId, UUID recordId) {
    return vault.open(tenantId, recordId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public boolean destroy(String tenantId, UUID recordId) {
    return vault.destroy(tenantId, recordId);
  }

  /**
   * @throws UndecryptableException when a data key does not unwrap: checked before anything is written,
   *     so the caller's transaction is not spoilt (an erasure stands without the rotation)
   */
  @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = UndecryptableException.class)
  public int rotateCoalitionKey(String tenantId) {
    return vault.rotateCoalitionKey(tenantId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int rewrapCoalitionKeys(String tenantId) {
    return vault.rewrapCoalitionKeys(tenantId);
  }
}
