package org.liaison.defenders;

import java.util.ArrayList;
import java.util.List;
import org.liaison.defenders.internal.AuditAnchors;
import org.liaison.defenders.internal.DefenderAudit;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the hash chain of every coalition's defender audit: a row edited or removed in the database
 * since it was written is reported, and so is a chain shorter than its anchor outside the database
 * ({@link AuditAnchors}: its last rows removed).
 * Behind the {@code --liaison.audit.verify=true} run mode and the scheduled check; an operator's tool,
 * it reads no protected field and needs no signed-in user.
 */
@Service
public class DefenderAuditVerifier {

  private final Coalitions coalitions;
  private final RowSecurity rowSecurity;
  private final DefenderAudit audit;
  private final TransactionTemplate readOnly;
  private final AuditAnchors anchors;

  DefenderAuditVerifier(Coalitions coalitions, RowSecurity rowSecurity, DefenderAudit audit, AuditAnchors anchors,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.anchors = anchors;
    this.coalitions = coalitions;
    this.rowSecurity = rowSecurity;
    this.audit = audit;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Every break in every coalition's chain; empty when all hold. Reads only. */
  public List<AuditChainBreak> verifyAll() {
    return verifyAll(false);
  }

  /**
   * Every break in every coalition's chain; with {@code anchor}, the anchors of the chains that hold are
   * raised to their heads (the scheduled check: rows written by other nodes get anchored too).
   */
  public List<AuditChainBreak> verifyAll(boolean anchor) {
    List<AuditChainBreak> breaks = new ArrayList<>();
    java.util.Map<String, AuditAnchors.Head> heads = new java.util.TreeMap<>();
    for (RegisteredCoalition coalition : coalitions.all()) {
      List<AuditChainBreak> found = verify(coalition.id());
      breaks.addAll(found);
      if (anchor && found.isEmpty()) {
        readOnly.execute(tx -> {
          rowSecurity.bindTenant(coalition.id());
          return audit.head(coalition.id());
        }).ifPresent(head -> heads.put(coalition.id(), head));
      }
    }
    anchors.raise(heads);
    return breaks;
  }

  /** The breaks in one coalition's chain, each transaction bound to that coalition alone. */
  public List<AuditChainBreak> verify(String tenantId) {
    return readOnly.execute(tx -> {
      rowSecurity.bindTenant(tenantId);
      return audit.verify(tenantId);
    });
  }
}
