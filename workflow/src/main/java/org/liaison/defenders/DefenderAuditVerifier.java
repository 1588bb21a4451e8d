package org.liaison.defenders;

import java.util.ArrayList;
import java.util.List;
import org.liaison.defenders.internal.DefenderAudit;
import org.liaison.tenancy.Coalitions;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.tenancy.RowSecurity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the hash chain of every coalition's defender audit: a row edited or removed in the database
 * since it was written is reported (the last rows of a chain removed together are not: see README).
 * Behind the {@code --liaison.audit.verify=true} run mode and the scheduled check; an operator's tool,
 * it reads no protected field and needs no signed-in user.
 */
@Service
public class DefenderAuditVerifier {

  private final Coalitions coalitions;
  private final RowSecurity rowSecurity;
  private final DefenderAudit audit;
  private final TransactionTemplate readOnly;

  DefenderAuditVerifier(Coalitions coalitions, RowSecurity rowSecurity, DefenderAudit audit,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.coalitions = coalitions;
    this.rowSecurity = rowSecurity;
    this.audit = audit;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Every break in every coalition's chain; empty when all hold. */
  public List<AuditChainBreak> verifyAll() {
    List<AuditChainBreak> breaks = new ArrayList<>();
    for (RegisteredCoalition coalition : coalitions.all()) {
      breaks.addAll(verify(coalition.id()));
    }
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
