package org.liaison.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

  /** What a rotation did in one coalition: how many keys it re-wrapped, or why it changed nothing there. */
  public record Rotated(String tenantId, int rewrapped, String problem) {

    public boolean done() {
      return problem == null;
    }
  }

  /**
   * A new key for every coalition (data keys re-wrapped, old versions deleted). A coalition where a data
   * key does not unwrap is left as it was and reported; the others go on.
   */
  public List<Rotated> rotateCoalitionKeys() {
    return eachCoalition(keys::rotateCoalitionKey);
  }

  /**
   * Wraps every coalition key still wrapped by a retired master key with the current one. When every
   * coalition reports 0 and no problem, the retired master key can be removed.
   */
  public List<Rotated> rewrapWithCurrentMasterKey() {
    return eachCoalition(keys::rewrapCoalitionKeys);
  }

  private List<Rotated> eachCoalition(Function<String, Integer> work) {
    List<Rotated> result = new ArrayList<>();
    for (RegisteredCoalition c : coalitions.all()) {
      try {
        result.add(new Rotated(c.id(), transactions.execute(tx -> {
          rowSecurity.bindTenant(c.id());
          return work.apply(c.id());
        }), null));
      } catch (UndecryptableException e) {
        result.add(new Rotated(c.id(), 0, e.getMessage()));
      }
    }
    return result;
  }
}
