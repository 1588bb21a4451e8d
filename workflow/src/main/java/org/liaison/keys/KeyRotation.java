package org.liaison.keys;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation for operators, coalition by coalition, each in a transaction of its own bound to that
 * coalition (row-level security), while the application keeps serving: a rotation holds only its own
 * coalition's key lock. Behind the {@code --liaison.keys.rotate=coalition-keys|master-key} run mode.
 */
@Service
public class KeyRotation {

  private final Coalitions coalitions;
  private final RowSecurity rowSecurity;
  private final Keys keys;
  private final TransactionTemplate transactions;

  KeyRotation(Coalitions coalitions, RowSecurity rowSecurity, Keys keys, TransactionTemplate transactions) {
    this.coalitions = coalitions;
    this.rowSecurity = rowSecurity;
    this.keys = keys;
    this.transactions = transactions;
  }

  /** A new key for every coalition (data keys re-wrapped, old versions deleted): data keys re-wrapped, by coalition. */
  public Map<String, Integer> rotateCoalitionKeys() {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (RegisteredCoalition c : coalitions.all()) {
      result.put(c.id(), transactions.execute(tx -> {
        rowSecurity.bindTenant(c.id());
        return keys.rotateCoalitionKey(c.id());
      }));
    }
    return result;
  }

  /**
   * Wraps every coalition key still wrapped by a retired master key with the current one: coalition keys
   * re-wrapped, by coalition. When every count is 0, the retired master key can be removed.
   */
  public Map<String, Integer> rewrapWithCurrentMasterKey() {
    Map<String, Integer> result = new LinkedHashMap<>();
    for (RegisteredCoalition c : coalitions.all()) {
      result.put(c.id(), transactions.execute(tx -> {
        rowSecurity.bindTenant(c.id());
        return keys.rewrapCoalitionKeys(c.id());
      }));
    }
    return result;
  }
}
